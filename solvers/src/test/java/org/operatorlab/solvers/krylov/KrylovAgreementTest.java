package org.operatorlab.solvers.krylov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.operatorlab.solvers.fd.LinearSystem;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Ilu0;
import org.operatorlab.solvers.precond.Jacobi;
import org.operatorlab.solvers.precond.Preconditioner;

/** Every iterative method against the sparse direct solve, on SPD and non-symmetric systems. */
class KrylovAgreementTest {
    private static final double TOL = 1e-10;
    private static final SolverOptions OPTIONS = new SolverOptions(TOL, 5000, 30, 8);

    private static final List<Function<SolverOptions, KrylovSolver>> ALL = List.of(
            ConjugateGradient::new, Gmres::new, BiCgStab::new, GcroDr::new, RecycledCg::new);
    private static final List<Function<SolverOptions, KrylovSolver>> NON_SYMMETRIC = List.of(
            Gmres::new, BiCgStab::new, GcroDr::new);

    private static void assertAgreesWithDirect(LinearSystem system, List<Function<SolverOptions, KrylovSolver>> solvers,
                                               DirectSolver direct) {
        CsrMatrix a = system.matrix();
        double[] exact = new double[a.size()];
        assertTrue(direct.solve(a, system.rhs(), exact, null).converged());
        assertTrue(Vectors.relativeResidual(a, system.rhs(), exact) < 1e-12);
        double exactNorm = Vectors.norm(exact);
        for (Function<SolverOptions, KrylovSolver> factory : solvers) {
            for (Preconditioner m : List.of(Preconditioner.identity(), Jacobi.of(a))) {
                KrylovSolver solver = factory.apply(OPTIONS);
                double[] x = new double[a.size()];
                SolveResult result = solver.solve(a, system.rhs(), x, m);
                assertTrue(result.converged(), solver.name() + ": " + result.status());
                assertEquals(SolveResult.CONVERGED, result.status());
                double independent = Vectors.relativeResidual(a, system.rhs(), x);
                assertTrue(independent <= TOL, solver.name() + " true residual " + independent);
                double[] diff = x.clone();
                Vectors.axpy(-1, exact, diff);
                // Error <= condition number x residual; these systems have cond ~1e3-1e4.
                assertTrue(Vectors.norm(diff) / exactNorm < 1e-5, solver.name() + " error " + Vectors.norm(diff) / exactNorm);
            }
        }
    }

    @Test
    void spdPoissonAgreesWithCholesky() {
        assertAgreesWithDirect(TestSystems.poisson(31), ALL, DirectSolver.cholesky());
    }

    @Test
    void spdDarcyWithJumpingCoefficientAgreesWithCholesky() {
        assertAgreesWithDirect(TestSystems.darcy(31, 0.2), ALL, DirectSolver.cholesky());
    }

    @Test
    void nonSymmetricConvectionDiffusionAgreesWithLu() {
        LinearSystem system = TestSystems.convectionDiffusion(31);
        CsrMatrix a = system.matrix();
        assertTrue(Math.abs(a.get(1, 0) - a.get(0, 1)) > 1, "test system must be non-symmetric");
        assertAgreesWithDirect(system, NON_SYMMETRIC, DirectSolver.lu());
    }

    @Test
    void choleskyAndLuGiveTheSameSolution() {
        LinearSystem system = TestSystems.darcy(20, 1.0);
        double[] chol = new double[system.rhs().length];
        double[] lu = new double[system.rhs().length];
        DirectSolver.cholesky().solve(system.matrix(), system.rhs(), chol, null);
        DirectSolver.lu().solve(system.matrix(), system.rhs(), lu, null);
        assertArrayEquals(chol, lu, 1e-12 * Vectors.norm(chol));
    }

    @Test
    void rightPreconditionedGmresNeedsFewerIterationsWithJacobiAndIlu0() {
        LinearSystem system = TestSystems.darcy(31, 0.7);
        CsrMatrix a = system.matrix();
        Map<String, Preconditioner> preconditioners = Map.of(
                "none", Preconditioner.identity(), "jacobi", Jacobi.of(a), "ilu0", Ilu0.of(a));
        Map<String, Integer> iterations = new java.util.HashMap<>();
        preconditioners.forEach((name, m) -> {
            double[] x = new double[a.size()];
            SolveResult result = new Gmres(OPTIONS).solve(a, system.rhs(), x, m);
            assertTrue(result.converged(), name + ": " + result.status());
            assertTrue(Vectors.relativeResidual(a, system.rhs(), x) <= TOL);
            iterations.put(name, result.iterations());
        });
        assertTrue(iterations.get("jacobi") < iterations.get("none"), iterations.toString());
        assertTrue(iterations.get("ilu0") < iterations.get("jacobi") / 2, iterations.toString());
    }

    @Test
    void nonConvergenceIsReportedNotThrown() {
        LinearSystem system = TestSystems.darcy(31, 0.1);
        SolverOptions tight = new SolverOptions(1e-12, 15, 10, 3);
        for (Function<SolverOptions, KrylovSolver> factory : ALL) {
            KrylovSolver solver = factory.apply(tight);
            double[] x = new double[system.rhs().length];
            SolveResult result = solver.solve(system.matrix(), system.rhs(), x, Preconditioner.identity());
            assertFalse(result.converged(), solver.name());
            assertEquals(SolveResult.MAX_ITERATIONS, result.status(), solver.name());
            assertTrue(result.iterations() >= 15 && result.iterations() <= 17, solver.name() + " " + result.iterations());
            // CG residual norms are not monotone: only ask for a finite, unconverged value.
            assertTrue(result.relativeResidual() > 1e-12 && result.relativeResidual() < 10, solver.name());
        }
    }

    @Test
    void cgReportsBreakdownOnAnIndefiniteMatrix() {
        // diag(1, -1): r·Ap changes sign, CG must stop and say why.
        CsrMatrix a = CsrMatrix.fromTriplets(2, 2, new int[] {0, 1}, new int[] {0, 1}, new double[] {1, -1});
        SolveResult result = new ConjugateGradient(OPTIONS).solve(a, new double[] {1, 1}, new double[2],
                Preconditioner.identity());
        assertFalse(result.converged());
        assertTrue(result.status().startsWith("breakdown"), result.status());
    }

    @Test
    void residualHistoryStartsAtTheInitialGuessAndEndsAtTheResult() {
        LinearSystem system = TestSystems.poisson(15);
        double[] x = new double[system.rhs().length];
        SolveResult result = new ConjugateGradient(OPTIONS).solve(system.matrix(), system.rhs(), x, Preconditioner.identity());
        assertEquals(1.0, result.residualHistory()[0], 1e-15);
        assertTrue(result.residualHistory()[result.residualHistory().length - 1] <= TOL);
    }
}
