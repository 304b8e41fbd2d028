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

/** The {@code compare_model} step: the shipped model against the classical solver on a newly drawn input. */
final class ModelComparisonStep {
    private ModelComparisonStep() { }

    static DemoResult run(Path model, long seed, DemoRunner.Context context, ProgressListener progress,
                          CancellationToken cancel) throws IOException {
        progress.progress(0, 2, "loading " + model.getFileName());
        ModelPredictor predictor = ModelPredictor.load(model);
        progress.progress(1, 2, "predicting and solving classically (seed " + seed + ")");
        Comparison c = predictor.compare(context.problem, context.domain, seed, ProgressListener.NONE, cancel);
        String summary = summary(predictor.kind().key().toUpperCase(Locale.ROOT), seed, c);
        TriangleMesh mesh = context.drawableMesh();
        if (mesh != null) {
            return new DemoResult.MeshComparison(summary, mesh, c.reference(), c.prediction().values(), c.relativeL2());
        }
        UniformGrid grid = ((ProblemDomain.Grid) context.domain).grid();
        double[] x = new double[grid.nx()];
        for (int i = 0; i < x.length; i++) {
            x[i] = grid.x(i);
        }
        return new DemoResult.CurveComparison(summary, "x", x, c.reference(), c.prediction().values(), c.relativeL2());
    }

    /** "FNO on a new random input (seed 7): relative L2 error 2.1%; 1.3 ms against 41 ms classical, 31x faster". */
    static String summary(String engine, long seed, Comparison c) {
        return String.format(Locale.ROOT, "%s on a new random input (seed %d): relative L2 error %.2f%%; prediction %.3g ms"
                        + " against %.3g ms for the classical solver (medians after a warm-up), %.1fx faster", engine, seed,
                100 * c.relativeL2(), c.inferenceSeconds() * 1e3, c.classicalSeconds() * 1e3, c.speedUp());
    }
}
