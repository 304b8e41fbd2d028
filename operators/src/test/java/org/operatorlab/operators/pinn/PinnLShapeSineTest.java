package org.operatorlab.operators.pinn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;

/**
 * −Δu = 2π² sin(πx) sin(πy) on the L-shape mesh, u = 0 on "outer" and "notch": the exact solution is
 * sin(πx) sin(πy). The PINN is held to 1e-2 against the P1 FEM solution at the nodes (issue 4, CI size);
 * the FEM itself is checked against the exact solution so that the reference is known to be good.
 */
class PinnLShapeSineTest {
    @Test
    void pinnMatchesFiniteElementsToOnePercent() {
        PinnConfig c = LShapeSineBenchmark.ciConfig();
        LShapeSineBenchmark.Result r = LShapeSineBenchmark.run(0.05, c, ProgressListener.NONE, CancellationToken.none());
        // FEM's O(h²) error at h = 0.05: measured 1.14e-3
        assertTrue(r.femVsExact() <= 2e-3, "FEM vs exact " + r.femVsExact());
        // measured: 2.9e-3 (2.6e-3 against the exact solution), 11 s for the class on the 2-core machine
        assertTrue(r.pinnVsFem() <= 1e-2, "PINN vs FEM " + r.pinnVsFem());
    }

    @Test
    void femErrorFallsLikeHSquared() {
        double coarse = LShapeSineBenchmark.femVsExact(0.1), fine = LShapeSineBenchmark.femVsExact(0.05);
        // P1 nodal error is O(h²): halving h divides it by about 4 (measured 4.08e-3 / 1.14e-3 = 3.6)
        assertEquals(4, coarse / fine, 1.2, "FEM vs exact " + coarse + " at h = 0.1, " + fine + " at h = 0.05");
    }

    @Test
    void problemTextNamesTheLShapeBoundaries() {
        var p = LShapeSineBenchmark.problem(0.1);
        assertEquals(java.util.Set.of("outer", "notch"), p.effectiveBoundaryConditions().keySet());
        assertTrue(PinnSetup.canImposeExactly(p));
    }
}
