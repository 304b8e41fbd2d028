package org.operatorlab.solvers.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.tri.TriangleMesh;

/** P1 on unstructured meshes converges at O(h^2) in L2 and O(h) in H1 for smooth solutions. */
class P1ConvergenceTest {
    private static final double PI = Math.PI;

    /** L-shape, a = 1, u = sin(pi x) cos(pi y) + x^2, Dirichlet data from u. */
    @Test
    void lShapeWithManufacturedSolution() {
        DoubleBinaryOperator u = (x, y) -> Math.sin(PI * x) * Math.cos(PI * y) + x * x;
        DoubleBinaryOperator ux = (x, y) -> PI * Math.cos(PI * x) * Math.cos(PI * y) + 2 * x;
        DoubleBinaryOperator uy = (x, y) -> -PI * Math.sin(PI * x) * Math.sin(PI * y);
        DoubleBinaryOperator f = (x, y) -> 2 * PI * PI * Math.sin(PI * x) * Math.cos(PI * y) - 2;
        int[] n = {4, 8, 16, 32};
        double[] h = new double[n.length], l2 = new double[n.length], h1 = new double[n.length];
        for (int k = 0; k < n.length; k++) {
            TriangleMesh mesh = TestMeshes.lShape(n[k], 17 + k);
            double[] uh = Solve.spd(FemProblem.on(mesh).source(f).dirichlet("boundary", u).assemble());
            h[k] = TestMeshes.meshSize(mesh);
            l2[k] = FemErrors.l2(mesh, uh, u);
            h1[k] = FemErrors.h1Seminorm(mesh, uh, ux, uy);
        }
        assertOrders(h, l2, h1);
    }

    /** Disk, variable a = 1 + x^2, u = sin(2x) e^y: f = -a lap u - grad a . grad u. */
    @Test
    void diskWithVariableCoefficient() {
        DoubleBinaryOperator u = (x, y) -> Math.sin(2 * x) * Math.exp(y);
        DoubleBinaryOperator ux = (x, y) -> 2 * Math.cos(2 * x) * Math.exp(y);
        DoubleBinaryOperator uy = u;
        DoubleBinaryOperator a = (x, y) -> 1 + x * x;
        DoubleBinaryOperator f = (x, y) -> 3 * (1 + x * x) * Math.sin(2 * x) * Math.exp(y)
                - 4 * x * Math.cos(2 * x) * Math.exp(y);
        int[] rings = {6, 12, 24, 48};
        double[] h = new double[rings.length], l2 = new double[rings.length], h1 = new double[rings.length];
        for (int k = 0; k < rings.length; k++) {
            TriangleMesh mesh = TestMeshes.disk(rings[k]);
            double[] uh = Solve.spd(FemProblem.on(mesh).diffusion(a).source(f).dirichlet("circle", u).assemble());
            h[k] = TestMeshes.meshSize(mesh);
            l2[k] = FemErrors.l2(mesh, uh, u);
            h1[k] = FemErrors.h1Seminorm(mesh, uh, ux, uy);
        }
        assertOrders(h, l2, h1);
    }

    static void assertOrders(double[] h, double[] l2, double[] h1) {
        String table = "h " + Arrays.toString(h) + " L2 " + Arrays.toString(l2) + " H1 " + Arrays.toString(h1);
        assertEquals(2.0, Solve.order(h, l2), 0.15, "L2 order; " + table);
        assertEquals(1.0, Solve.order(h, h1), 0.15, "H1 order; " + table);
        assertTrue(l2[l2.length - 1] < 1e-2 && h1[h1.length - 1] < 0.2, table);
    }
}
