package org.operatorlab.ui.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.operators.engine.Comparison;
import org.operatorlab.operators.engine.ModelPredictor;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.ui.workflow.ComparisonText;

/** The {@code compare_model} step: the shipped model against the classical solver on a newly drawn input. */
final class ModelComparisonStep {
    private ModelComparisonStep() { }

    static DemoResult run(Path model, long seed, DemoRunner.Context context, ProgressListener progress,
                          CancellationToken cancel) throws IOException {
        progress.progress(0, 2, "loading " + model.getFileName());
        ModelPredictor predictor = ModelPredictor.load(model);
        progress.progress(1, 2, "predicting and solving classically (seed " + seed + ")");
        Comparison c = predictor.compare(context.problem, context.domain, seed, ProgressListener.NONE, cancel);
        String summary = "A new random input. " + ComparisonText.of(predictor.kind().key().toUpperCase(Locale.ROOT), seed, c);
        TriangleMesh mesh = context.drawableMesh();
        if (mesh != null) {
            return new DemoResult.MeshComparison(summary, mesh, c.reference(), c.prediction().values(), c.relativeL2(),
                    c.prediction().input());
        }
        UniformGrid grid = ((ProblemDomain.Grid) context.domain).grid();
        double[] x = new double[grid.nx()];
        for (int i = 0; i < x.length; i++) {
            x[i] = grid.x(i);
        }
        return new DemoResult.CurveComparison(summary, "x", x, c.reference(), c.prediction().values(), c.relativeL2());
    }
}
