package org.operatorlab.ui.demo;

import java.io.IOException;
import java.util.List;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.solve.SolveOutcome;
import org.operatorlab.ui.workflow.MeshedProblem;
import org.operatorlab.ui.workflow.ThrottledProgress;

/**
 * Runs a demo's steps in order through the library, off the JavaFX thread, and returns what the last
 * step shows. Progress is shared out evenly over the steps; cancellation is honoured inside each.
 */
public final class DemoRunner {
    private static final long UNITS_PER_STEP = 1000;

    /** What the steps of one run share: the problem, its mesh or grid, and the last classical solution. */
    static final class Context {
        final Problem problem;
        final ProblemDomain domain;
        SolveOutcome solved;

        Context(Problem problem, ProblemDomain domain) {
            this.problem = problem;
            this.domain = domain;
        }

        /** The triangles to draw: the mesh, or a 2D grid triangulated (same node numbering); null in 1D. */
        TriangleMesh drawableMesh() {
            return MeshedProblem.drawableMesh(domain);
        }
    }

    public DemoResult run(Demo demo, ProgressListener listener, CancellationToken cancel) throws IOException {
        ProgressListener progress = new ThrottledProgress(listener);
        List<DemoStep> steps = demo.steps();
        long total = UNITS_PER_STEP * steps.size();
        Context context = null;
        if (demo.problem() != null) {
            Problem problem = ProblemReader.read(demo.problem());
            progress.progress(0, total, "meshing " + problem.name());
            context = new Context(problem, ProblemDomains.mesh(problem, ProgressListener.NONE, cancel));
        }
        DemoResult result = null;
        for (int i = 0; i < steps.size(); i++) {
            cancel.throwIfCancelled();
            long offset = i * UNITS_PER_STEP;
            ProgressListener part = (done, of, text) -> progress.progress(
                    offset + (of > 0 ? Math.min(UNITS_PER_STEP, done * UNITS_PER_STEP / of) : 0), total, text);
            result = run(demo, steps.get(i), context, part, cancel);
        }
        progress.progress(total, total, demo.title());
        return result;
    }

    private static DemoResult run(Demo demo, DemoStep step, Context context, ProgressListener progress,
                                  CancellationToken cancel) throws IOException {
        if (step instanceof DemoStep.Solve) {
            return ClassicalSolveStep.run(context, progress, cancel);
        }
        if (step instanceof DemoStep.CompareModel c) {
            return ModelComparisonStep.run(demo.model(), c.seed(), context, progress, cancel);
        }
        if (step instanceof DemoStep.TrainPinn p) {
            return PinnStep.run(p, context, progress, cancel);
        }
        if (step instanceof DemoStep.TrainDeepOnet d) {
            return DeepOnetStep.run(d, progress, cancel);
        }
        return RecyclingStep.run((DemoStep.Recycling) step, context, progress, cancel);
    }
}
