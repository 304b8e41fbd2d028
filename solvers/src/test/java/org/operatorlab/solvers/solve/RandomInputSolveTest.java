package org.operatorlab.solvers.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.fd.FivePointOperator;
import org.operatorlab.solvers.fd.LinearSystem;
import org.operatorlab.solvers.krylov.DirectSolver;
import org.operatorlab.solvers.precond.Preconditioner;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;

/** A grid problem with a random coefficient solves one seeded draw. */
class RandomInputSolveTest {
    private static final Problem DARCY = ProblemJson.read(("{'format': 'operatorlab-problem/1', 'name': 'darcy',"
            + " 'geometry': {'shape': 'rectangle', 'xmin': 0, 'ymin': 0, 'xmax': 1, 'ymax': 1},"
            + " 'mesh': {'type': 'grid', 'nx': 33, 'ny': 33},"
            + " 'pde': {'family': 'darcy', 'coefficients': {'f': 1,"
            + "   'a': {'random': {'type': 'grf_threshold', 'alpha': 2, 'tau': 3, 'threshold': 0, 'above': 12, 'below': 3}}}}}")
            .replace('\'', '"'));

    private static SolveOutcome solve(long seed) {
        return new ProblemSolver(SolveOptions.defaults().withSeed(seed)).solve(DARCY, ProgressListener.NONE, CancellationToken.none());
    }

    @Test
    void drawsOnePatchworkPerSeedAndSolvesItLikeADirectFivePointSolve() {
        SolveOutcome out = solve(5);
        double[] a = out.fields().get("a").values();
        assertTrue(Arrays.stream(a).allMatch(v -> v == 3 || v == 12), "thresholded field takes the two values only");
        assertTrue(Arrays.stream(a).anyMatch(v -> v == 3) && Arrays.stream(a).anyMatch(v -> v == 12), "both rocks appear");
        assertArrayEquals(a, solve(5).fields().get("a").values());
        assertFalse(Arrays.equals(a, solve(6).fields().get("a").values()));
        assertEquals("fast-poisson", out.stats().preconditioner());

        UniformGrid grid = ((ProblemDomain.Grid) out.domain()).grid();
        double[] f = new double[grid.nodeCount()];
        Arrays.fill(f, 1);
        LinearSystem system = FivePointOperator.darcy(grid, a, f);
        double[] x = new double[system.rhs().length];
        DirectSolver.cholesky().solve(system.matrix(), system.rhs(), x, Preconditioner.identity());
        double[] expected = system.toNodes(x, grid.nodeCount(), 0);
        double[] u = out.fields().get("u").values();
        for (int i = 0; i < u.length; i++) {
            assertEquals(expected[i], u[i], 1e-10); // u is at most 1/24 here (a >= 3, f = 1)
        }
    }
}
