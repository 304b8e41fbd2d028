package org.operatorlab.solvers.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.operatorlab.solvers.solve.ProblemJson.grid;
import static org.operatorlab.solvers.solve.ProblemJson.pde;
import static org.operatorlab.solvers.solve.ProblemJson.square;
import static org.operatorlab.solvers.solve.ProblemJson.triangles;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.CancelledException;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.problem.Problem;

/** Non-convergence, cancellation and unsupported requests end in one-line messages. */
class SolveFailureTest {
    private static final Problem HELMHOLTZ = square(triangles(0.08), pde("helmholtz", "'k': 6, 'f': 1"), "{}");

    private static SolveOutcome solve(Problem p, SolveOptions options) {
        return new ProblemSolver(options).solve(p, ProgressListener.NONE, CancellationToken.none());
    }

    @Test
    void nonConvergenceNamesSolverResidualIterationsAndTolerance() {
        NotConvergedException e = assertThrows(NotConvergedException.class,
                () -> solve(HELMHOLTZ, SolveOptions.defaults().withMethod("gmres").withMaxIterations(20)));
        assertTrue(e.getMessage().matches("solver gmres\\+ilu0 did not converge: relative residual \\d\\.\\de-\\d+"
                + " after 2[01] iterations \\(tolerance 1e-10\\)"), e.getMessage()); // GMRES counts its restart residual
        NotConvergedException cg = assertThrows(NotConvergedException.class, () -> solve(
                square(grid(65), pde("darcy", "'a': '1+100*x*y', 'f': 1"), "{}"),
                SolveOptions.defaults().withMethod("cg").withMaxIterations(5).withTolerance(1e-12)));
        assertTrue(cg.getMessage().startsWith("solver cg+ic0 did not converge: relative residual "), cg.getMessage());
        assertTrue(cg.getMessage().endsWith(" after 5 iterations (tolerance 1e-12)"), cg.getMessage());
    }

    @Test
    void autoFallsBackToSparseLuWhenGmresStallsOnASmallSystem() {
        SolveOutcome stalled = solve(HELMHOLTZ, SolveOptions.defaults().withMaxIterations(20));
        assertEquals("gmres(50)→direct(lu)", stalled.stats().method());
        double[] direct = solve(HELMHOLTZ, SolveOptions.defaults().withMethod("direct")).fields().get("u").values();
        double[] u = stalled.fields().get("u").values();
        for (int i = 0; i < u.length; i++) {
            assertEquals(direct[i], u[i], 1e-12);
        }
    }

    @Test
    void cgRefusesANonSymmetricFamily() {
        Problem p = square(triangles(0.2), pde("convection_diffusion", "'epsilon': 1, 'velocity': [1, 0], 'f': 1"), "{}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solve(p, SolveOptions.defaults().withMethod("cg")));
        assertEquals("solver cg needs a symmetric positive definite system, and convection_diffusion is not;"
                + " use gmres, bicgstab, direct or auto", e.getMessage());
    }

    @Test
    void cancellationStopsASteadySolveBetweenIterations() {
        CancellationToken token = new CancellationToken();
        AtomicInteger reports = new AtomicInteger();
        ProgressListener cancelOnSolve = (done, total, message) -> {
            reports.incrementAndGet();
            if (message.startsWith("solving")) {
                token.cancel();
            }
        };
        Problem p = square(grid(65), pde("poisson", "'f': 1"), "{}");
        assertThrows(CancelledException.class, () -> new ProblemSolver(SolveOptions.defaults()).solve(p, cancelOnSolve, token));
        assertEquals(2, reports.get(), "assembling, solving, then cancelled before 'solved'");
        CancellationToken already = new CancellationToken();
        already.cancel();
        assertThrows(CancelledException.class, () -> new ProblemSolver(SolveOptions.defaults()).solve(p, ProgressListener.NONE, already));
    }

    @Test
    void randomCoefficientOnTrianglesSolvesLikeItsDirectSolve() {
        Problem randomOnTriangles = ProblemJson.read(("{'format': 'operatorlab-problem/1', 'name': 'r',"
                + " 'geometry': {'shape': 'rectangle', 'xmin': 0, 'ymin': 0, 'xmax': 1, 'ymax': 1},"
                + " 'mesh': {'type': 'triangles', 'size': 0.1},"
                + " 'pde': {'family': 'darcy', 'coefficients': {'f': 1,"
                + "   'a': {'random': {'type': 'grf_threshold', 'alpha': 2, 'tau': 3, 'threshold': 0, 'above': 12, 'below': 3}}}}}")
                .replace('\'', '"'));
        SolveOutcome iterative = solve(randomOnTriangles, SolveOptions.defaults().withTolerance(1e-12));
        SolveOutcome direct = solve(randomOnTriangles, SolveOptions.defaults().withMethod("direct"));
        double[] u = iterative.fields().get("u").values();
        double[] reference = direct.fields().get("u").values();
        double maxDiff = 0, maxU = 0;
        for (int i = 0; i < u.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(u[i] - reference[i]));
            maxU = Math.max(maxU, Math.abs(reference[i]));
        }
        assertTrue(maxU > 1e-3, "the load f = 1 lifts the solution");
        assertTrue(maxDiff < 1e-8 * maxU, "CG agrees with the direct solve: " + maxDiff);
        double[] a = iterative.fields().get("a").values();
        for (double v : a) {
            assertTrue(v >= 3 - 1e-12 && v <= 12 + 1e-12, "a is drawn between its two levels: " + v);
        }
        assertTrue(java.util.Arrays.stream(a).max().getAsDouble() > 11.9 && java.util.Arrays.stream(a).min().getAsDouble() < 3.1,
                "both levels occur");
    }

    @Test
    void unsupportedRequestsGetOneLineReasons() {
        Problem robinExpression = square(triangles(0.2), pde("poisson", "'f': 1"),
                "{'top': {'type': 'robin', 'alpha': 'x', 'value': 0}}");
        assertOneLine(assertThrows(IllegalArgumentException.class, () -> solve(robinExpression, SolveOptions.defaults())),
                "robin condition on 'top': alpha must be a number");
        assertOneLine(assertThrows(IllegalArgumentException.class, () -> new SolveOptions("lu", 1e-10, 10, 0)),
                "unknown solver method \"lu\"; expected one of auto, direct, cg, gmres, bicgstab");
    }

    @Test
    void summaryIsOneReadableLine() {
        SolveStatistics steady = new SolveStatistics("cg", "ic0", 12345, 57, 8.1e-11, 0.4234, 0);
        assertEquals("cg + ic0: 12,345 unknowns, 57 iterations, relative residual 8.1e-11, 0.42 s", steady.summary());
        SolveStatistics spectral = new SolveStatistics("if-rk4 pseudo-spectral", "none", 1024, 0, Double.NaN, 3.2, 10000);
        assertEquals("if-rk4 pseudo-spectral: 1,024 unknowns, 10,000 time steps, 3.20 s", spectral.summary());
        assertFalse(steady.summary().contains("\n"));
    }

    private static void assertOneLine(Exception e, String expectedPart) {
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
