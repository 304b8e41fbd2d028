package org.operatorlab.ui.demo;

import java.util.ArrayList;
import java.util.List;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.field.TimeStep;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.solve.ProblemSolver;
import org.operatorlab.solvers.solve.SolveOptions;
import org.operatorlab.solvers.solve.SolveOutcome;

/** The {@code solve} step: the classical solver on the demo's problem; a time series when there is one. */
final class ClassicalSolveStep {
    private ClassicalSolveStep() { }

    static DemoResult run(DemoRunner.Context context, ProgressListener progress, CancellationToken cancel) {
        SolveOutcome outcome = new ProblemSolver(SolveOptions.defaults()).solve(context.problem, context.domain, progress, cancel);
        context.solved = outcome;
        TriangleMesh mesh = context.drawableMesh();
        if (mesh == null) {
            throw new IllegalArgumentException("problem '" + context.problem.name() + "' is 1D; a solve demo shows 2D fields");
        }
        String name = solutionName(outcome.fields());
        String summary = "Classical solve: " + outcome.stats().summary();
        if (outcome.series() == null) {
            return new DemoResult.Field(summary, mesh, name, outcome.fields().get(name).values());
        }
        List<TimeStep> steps = outcome.series().steps();
        double[] times = new double[steps.size()];
        List<double[]> frames = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            times[i] = steps.get(i).time();
            frames.add(steps.get(i).fields().get(name).values());
        }
        return new DemoResult.Series(summary + ", " + times.length + " snapshots", mesh, name, times, frames);
    }

    /** {@code u}, or the vorticity {@code w} of Navier–Stokes. */
    static String solutionName(FieldSet fields) {
        return fields.find("u").isPresent() ? "u" : "w";
    }
}
