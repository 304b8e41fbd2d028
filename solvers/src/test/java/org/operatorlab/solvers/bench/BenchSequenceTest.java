package org.operatorlab.solvers.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.operatorlab.solvers.data.GreedyOrdering;
import org.operatorlab.solvers.krylov.DirectSolver;
import org.operatorlab.solvers.krylov.Gmres;
import org.operatorlab.solvers.krylov.RecycledCg;
import org.operatorlab.solvers.krylov.SolverOptions;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.precond.Preconditioner;

/** The benchmark's two system sequences and its SKR row, on small grids. */
class BenchSequenceTest {
    private static final double TOL = 1e-8;

    @Test
    void p1MeshSystemsAreSymmetricWithIdentityBoundaryRows() {
        DarcySequence sequence = DarcySequence.generate(15, 2, 3);
        BenchSystems mesh = BenchSystems.p1OnGrid(sequence, 2);
        assertEquals(17 * 17, mesh.unknowns());
        CsrMatrix a = mesh.matrices().get(1);
        double[][] dense = a.toDense();
        for (int i = 0; i < dense.length; i++) {
            for (int j = 0; j < i; j++) {
                assertEquals(dense[i][j], dense[j][i], 1e-12 * Math.abs(dense[i][i]), "entry (" + i + ", " + j + ")");
            }
        }
        // Node 0 is a corner: fixed by the Dirichlet condition, so its row is the identity and b = 0 there.
        assertEquals(1, dense[0][0], 0);
        assertEquals(0, mesh.rhs().get(1)[0], 0);
        // Interior rows of the P1 stiffness on right triangles sum to zero (constants are in the kernel).
        int centre = 8 * 17 + 8;
        double sum = 0;
        for (double v : dense[centre]) {
            sum += v;
        }
        assertEquals(0, sum, 1e-10 * dense[centre][centre]);
    }

    @Test
    void skrRowMeetsTheToleranceAndAgreesWithTheDirectSolve() {
        DarcySequence sequence = DarcySequence.generate(31, 8, 5);
        for (BenchSystems systems : new BenchSystems[] {BenchSystems.fivePoint(sequence), BenchSystems.p1OnGrid(sequence, 8)}) {
            int[] sorted = GreedyOrdering.order(systems.coefficients().toArray(new double[0][]));
            IntFunction<Preconditioner> ic0 = i -> PreconditionerChoice.IC0.build(systems.matrices().get(i),
                    systems.coefficients().get(i), sequence);
            RecycledCg skr = new RecycledCg(new SolverOptions(TOL, 5_000, 30, 4), 12);
            SequenceRun.Row row = SequenceRun.run("skr", systems, sorted, () -> skr, true, ic0);
            assertEquals("", row.note(), systems.description());
            assertTrue(row.maxResidual() <= TOL, systems.description() + ": residual " + row.maxResidual());
            SequenceRun.Row direct = SequenceRun.run("direct", systems, sorted, DirectSolver::cholesky, false, null);
            assertTrue(direct.maxResidual() < 1e-12, systems.description() + ": direct residual " + direct.maxResidual());
            SequenceRun.Row gmres = SequenceRun.run("gmres", systems, sorted,
                    () -> new Gmres(new SolverOptions(TOL, 5_000, 30, 0)), false, ic0);
            // Recycling and warm starts must save products against independent restarted GMRES.
            assertTrue(row.iterations() < gmres.iterations(), systems.description() + ": SKR " + row.iterations()
                    + " vs GMRES " + gmres.iterations() + " iterations");
        }
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertEquals(2, SequenceRun.median(new double[] {3, 1, 2}), 0);
        assertEquals(2.5, SequenceRun.median(new double[] {4, 1, 3, 2}), 0);
    }
}
