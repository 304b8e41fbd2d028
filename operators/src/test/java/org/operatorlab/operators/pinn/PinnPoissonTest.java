package org.operatorlab.operators.pinn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;

/** −Δu = 2π² sin(πx) sin(πy) on the unit square, u = 0: exact solution sin(πx) sin(πy). */
class PinnPoissonTest {
    @Test
    void hardDirichletSineReachesOnePercentQuickly() {
        // measured: relative L2 6.0e-4 in 26 s on the shared 2-core machine (load ~9)
        PinnConfig c = PinnConfig.defaults().withHidden(20, 20, 20).withPoints(500, 0, 0).withSteps(500, 500)
                .withHardDirichlet(true);
        PinnSolution s = new PinnSolver(c).solve(SineBenchmark.dirichletProblem(),
                ProgressListener.NONE, CancellationToken.none());
        double err = SineBenchmark.relativeError(s);
        assertTrue(err <= 1e-2, "relative L2 " + err);
    }
}
