package org.operatorlab.ui.demo;

import java.util.Locale;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.operators.engine.RelativeL2;
import org.operatorlab.operators.pinn.PinnConfig;
import org.operatorlab.operators.pinn.PinnSolution;
import org.operatorlab.operators.pinn.PinnSolver;
import org.operatorlab.operators.pinn.Points;

/** The {@code train_pinn} step: a PINN trained live on the problem, read at the mesh nodes, against the FEM solution. */
final class PinnStep {
    /** Learning rate of the Adam phase, as in the PINN tests. */
    private static final double LEARNING_RATE = 1e-3;

    private PinnStep() { }

    static DemoResult run(DemoStep.TrainPinn step, DemoRunner.Context context, ProgressListener progress,
                          CancellationToken cancel) {
        int[] hidden = step.hidden().stream().mapToInt(Integer::intValue).toArray();
        PinnConfig config = new PinnConfig(hidden, step.interiorPoints(), step.boundaryPoints(), 0, step.adamSteps(),
                LEARNING_RATE, step.lbfgsIterations(), 1, false, step.seed());
        PinnSolution pinn = new PinnSolver(config).solve(context.problem, progress, cancel);
        TriangleMesh mesh = context.drawableMesh();
        double[] prediction = pinn.predict(new Points(mesh.xCoordinates(), mesh.yCoordinates(), null, null, null));
        double[] reference = context.solved.fields().get(ClassicalSolveStep.solutionName(context.solved.fields())).values();
        double error = RelativeL2.of(prediction, reference);
        String summary = String.format(Locale.ROOT, "PINN (%s tanh, %d Adam steps + %d L-BFGS iterations) trained in %.1f s"
                        + " against the finite-element solution (%s): relative L2 error %.1f%%",
                step.hidden(), pinn.adamSteps(), pinn.lbfgsIterations(), pinn.seconds(),
                context.solved.stats().summary(), 100 * error);
        return new DemoResult.MeshComparison(summary, mesh, reference, prediction, error, null);
    }
}
