package org.operatorlab.solvers.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.linalg.CsrMatrix;

class BoundaryConditionTest {
    private static final double PI = Math.PI;

    // u = cos(pi x) e^y + x y on [0,1]^2, -lap u = (pi^2 - 1) cos(pi x) e^y
    private static final DoubleBinaryOperator U = (x, y) -> Math.cos(PI * x) * Math.exp(y) + x * y;
    private static final DoubleBinaryOperator UX = (x, y) -> -PI * Math.sin(PI * x) * Math.exp(y) + y;
    private static final DoubleBinaryOperator UY = (x, y) -> Math.cos(PI * x) * Math.exp(y) + x;

    /** Dirichlet left, Neumann top and bottom, Robin right (alpha = 2), data from u: O(h^2) in L2. */
    @Test
    void mixedNeumannRobinConvergeAtSecondOrder() {
        double alpha = 2;
        int[] n = {8, 16, 32};
        double[] h = new double[n.length], l2 = new double[n.length], h1 = new double[n.length];
        for (int k = 0; k < n.length; k++) {
            TriangleMesh mesh = TestMeshes.square(n[k], 5 + k);
            FemSystem s = FemProblem.on(mesh)
                    .source((x, y) -> (PI * PI - 1) * Math.cos(PI * x) * Math.exp(y))
                    .dirichlet("left", U)
                    .neumann("top", UY)
                    .neumann("bottom", (x, y) -> -UY.applyAsDouble(x, y))
                    .robin("right", alpha, (x, y) -> UX.applyAsDouble(x, y) + alpha * U.applyAsDouble(x, y))
                    .assemble();
            double[] uh = Solve.spd(s);
            h[k] = TestMeshes.meshSize(mesh);
            l2[k] = FemErrors.l2(mesh, uh, U);
            h1[k] = FemErrors.h1Seminorm(mesh, uh, UX, UY);
        }
        P1ConvergenceTest.assertOrders(h, l2, h1);
    }

    /** -lap u + b.grad u + c u = f with b = (1, 0.5), c = 1 + y (Galerkin, unstabilised): O(h^2) in L2. */
    @Test
    void convectionReactionConvergesAtSecondOrder() {
        int[] n = {8, 16, 32};
        double[] h = new double[n.length], l2 = new double[n.length], h1 = new double[n.length];
        DoubleBinaryOperator f = (x, y) -> (PI * PI - 1) * Math.cos(PI * x) * Math.exp(y)
                + UX.applyAsDouble(x, y) + 0.5 * UY.applyAsDouble(x, y) + (1 + y) * U.applyAsDouble(x, y);
        for (int k = 0; k < n.length; k++) {
            TriangleMesh mesh = TestMeshes.square(n[k], 9 + k);
            FemProblem p = FemProblem.on(mesh).convection((x, y) -> 1, (x, y) -> 0.5, false)
                    .reaction((x, y) -> 1 + y).source(f);
            for (String side : mesh.boundaryNames()) {
                p.dirichlet(side, U);
            }
            double[] uh = Solve.lu(p.assemble());
            h[k] = TestMeshes.meshSize(mesh);
            l2[k] = FemErrors.l2(mesh, uh, U);
            h1[k] = FemErrors.h1Seminorm(mesh, uh, UX, UY);
        }
        P1ConvergenceTest.assertOrders(h, l2, h1);
    }

    /** -eps lap u + u_x = 1, u = 0 on the boundary, eps = 1e-3: Galerkin oscillates, SUPG does not. */
    @Test
    void supgRemovesOscillationsAtHighPeclet() {
        TriangleMesh mesh = TestMeshes.square(24, 3);
        double[] plain = solveLayer(mesh, false);
        double[] supg = solveLayer(mesh, true);
        double plainMin = java.util.Arrays.stream(plain).min().orElseThrow();
        double plainMax = java.util.Arrays.stream(plain).max().orElseThrow();
        double supgMin = java.util.Arrays.stream(supg).min().orElseThrow();
        double supgMax = java.util.Arrays.stream(supg).max().orElseThrow();
        assertTrue(plainMin < -0.1 || plainMax > 1.1, "Galerkin range [" + plainMin + ", " + plainMax + "]");
        assertTrue(supgMin > -0.05 && supgMax < 1.05, "SUPG range [" + supgMin + ", " + supgMax + "]");
        // away from the outflow layer the reduced solution u = x holds
        for (int i = 0; i < mesh.nodeCount(); i++) {
            double x = mesh.x(i), y = mesh.y(i);
            if (x > 0.3 && x < 0.7 && y > 0.3 && y < 0.7) {
                assertEquals(x, supg[i], 0.05, "SUPG at (" + x + ", " + y + ")");
            }
        }
    }

    private static double[] solveLayer(TriangleMesh mesh, boolean stabilised) {
        FemProblem p = FemProblem.on(mesh).diffusion((x, y) -> 1e-3)
                .convection((x, y) -> 1, (x, y) -> 0, stabilised).source((x, y) -> 1);
        for (String side : mesh.boundaryNames()) {
            p.dirichlet(side, (x, y) -> 0);
        }
        return Solve.lu(p.assemble());
    }

    @Test
    void eliminationKeepsSymmetryAndMatricesHaveExactInvariants() {
        TriangleMesh mesh = TestMeshes.square(6, 1);
        P1Assembler asm = new P1Assembler(mesh);
        double[] ones = new double[mesh.nodeCount()];
        java.util.Arrays.fill(ones, 1);
        double[] y = new double[ones.length];
        asm.stiffness((x, yy) -> 1 + x).apply(ones, y);
        for (double v : y) {
            assertEquals(0, v, 1e-12); // constants are in the kernel of the stiffness
        }
        asm.mass().apply(ones, y);
        assertEquals(1.0, java.util.Arrays.stream(y).sum(), 1e-12); // total mass = area
        CsrMatrix a = FemProblem.on(mesh).dirichlet("left", (x, yy) -> 3).assemble().matrix();
        double[][] d = a.toDense();
        for (int i = 0; i < d.length; i++) {
            for (int j = 0; j < d.length; j++) {
                assertEquals(d[i][j], d[j][i], 1e-14);
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FemProblem.on(mesh).dirichlet("inlet", (x, yy) -> 0));
        assertTrue(e.getMessage().contains("'inlet'"), e.getMessage());
    }
}
