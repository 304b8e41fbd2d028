package org.operatorlab.solvers.precond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.solvers.fd.FivePointOperator;
import org.operatorlab.solvers.fd.LinearSystem;
import org.operatorlab.solvers.krylov.ConjugateGradient;
import org.operatorlab.solvers.krylov.SolveResult;
import org.operatorlab.solvers.krylov.SolverOptions;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.linalg.Vectors;

class PreconditionerTest {

    private static LinearSystem poisson(int nx, int ny, double width, double height) {
        UniformGrid grid = UniformGrid.of(nx + 2, ny + 2, 0, 0, width, height);
        double[] f = new double[grid.nodeCount()];
        java.util.Arrays.fill(f, 1);
        return FivePointOperator.poisson(grid, f);
    }

    @Test
    void fastPoissonIsTheExactInverseOfTheScaledLaplacian() {
        // Non-square, unequal spacings, sizes that are not powers of two.
        int nx = 37;
        int ny = 22;
        LinearSystem system = poisson(nx, ny, 1.0, 0.7);
        double scale = 2.5;
        CsrMatrix a = system.matrix();
        double hx = 1.0 / (nx + 1);
        double hy = 0.7 / (ny + 1);
        Preconditioner m = FastPoissonPreconditioner.forGrid(nx, ny, hx, hy, scale);
        double[] r = new SplittableRandom(5).doubles(nx * ny, -1, 1).toArray();
        double[] z = new double[r.length];
        m.apply(r, z);
        double[] az = new double[r.length];
        a.apply(z, az);
        double err = 0;
        for (int i = 0; i < r.length; i++) {
            err = Math.max(err, Math.abs(scale * az[i] - r[i]));
        }
        assertTrue(err < 1e-11, "residual of scale*A*M^-1 r - r: " + err);
    }

    /** Preconditioned CG iterations to 1e-8 on the 5-point Laplacian with n x n interior nodes. */
    private static int cgIterations(int n, java.util.function.Function<CsrMatrix, Preconditioner> factory) {
        LinearSystem system = poisson(n, n, 1, 1);
        double[] x = new double[n * n];
        SolveResult result = new ConjugateGradient(SolverOptions.of(1e-8, 10_000))
                .solve(system.matrix(), system.rhs(), x, factory.apply(system.matrix()));
        assertTrue(result.converged(), result.status());
        assertTrue(Vectors.relativeResidual(system.matrix(), system.rhs(), x) <= 1e-8);
        return result.iterations();
    }

    @Test
    void incompleteCholeskyIterationCountsMatchTheTextbookBallpark() {
        // Unpreconditioned CG grows like 1/h, IC(0) ~3x fewer, MIC(0) like h^-1/2 (Gustafsson 1978).
        int plain63 = cgIterations(63, a -> Preconditioner.identity());
        int ic63 = cgIterations(63, Ic0::of);
        int ic127 = cgIterations(127, Ic0::of);
        int mic63 = cgIterations(63, a -> Ic0.modified(a, 1.0));
        int mic127 = cgIterations(127, a -> Ic0.modified(a, 1.0));
        assertTrue(plain63 > 100 && plain63 < 260, "CG 63^2: " + plain63);
        assertTrue(ic63 > 30 && ic63 < 75, "IC(0) 63^2: " + ic63);
        assertEquals(2.0, (double) ic127 / ic63, 0.35, "IC(0) iterations should double with 1/h");
        String counts = "IC(0) " + ic63 + " -> " + ic127 + ", MIC(0) " + mic63 + " -> " + mic127;
        assertTrue(mic127 < 0.6 * ic127, counts);
        // Growth per halving of h: ~2 for IC(0), clearly less for MIC(0) (~sqrt 2 asymptotically).
        assertTrue((double) mic127 / mic63 < 1.7, counts);
    }

    @Test
    void ilu0IsExactForATridiagonalMatrix() {
        // No fill appears in a tridiagonal LU, so ILU(0) = LU and one apply solves the system.
        int n = 50;
        int[] i = new int[3 * n];
        int[] j = new int[3 * n];
        double[] v = new double[3 * n];
        int k = 0;
        for (int r = 0; r < n; r++) {
            i[k] = r; j[k] = r; v[k++] = 3 + r % 4;
            i[k] = r; j[k] = Math.max(r - 1, 0); v[k++] = r > 0 ? -1.2 : 0;
            i[k] = r; j[k] = Math.min(r + 1, n - 1); v[k++] = r < n - 1 ? -0.7 : 0;
        }
        CsrMatrix a = CsrMatrix.fromTriplets(n, n, i, j, v);
        double[] b = new SplittableRandom(2).doubles(n).toArray();
        double[] x = new double[n];
        Ilu0.of(a).apply(b, x);
        assertTrue(Vectors.relativeResidual(a, b, x) < 1e-14);
        double[] y = new double[n];
        Ic0.of(symmetricPart(a)).apply(b, y);
        assertTrue(Vectors.relativeResidual(symmetricPart(a), b, y) < 1e-14, "IC(0) on a tridiagonal SPD matrix is exact");
    }

    private static CsrMatrix symmetricPart(CsrMatrix a) {
        CsrMatrix t = a.transpose();
        int n = a.rows();
        int nnz = a.nonZeros() + t.nonZeros();
        int[] i = new int[nnz];
        int[] j = new int[nnz];
        double[] v = new double[nnz];
        int k = 0;
        for (CsrMatrix m : new CsrMatrix[] {a, t}) {
            for (int r = 0; r < n; r++) {
                for (int p = m.rowPointers()[r]; p < m.rowPointers()[r + 1]; p++) {
                    i[k] = r;
                    j[k] = m.columnIndices()[p];
                    v[k++] = 0.5 * m.values()[p];
                }
            }
        }
        return CsrMatrix.fromTriplets(n, n, i, j, v);
    }

    @Test
    void failuresNameTheRow() {
        CsrMatrix indefinite = CsrMatrix.fromTriplets(3, 3, new int[] {0, 1, 2}, new int[] {0, 1, 2},
                new double[] {1, -2, 1});
        IllegalArgumentException ic = assertThrows(IllegalArgumentException.class, () -> Ic0.of(indefinite));
        assertTrue(ic.getMessage().contains("row 1"), ic.getMessage());
        CsrMatrix zeroDiagonal = CsrMatrix.fromTriplets(2, 2, new int[] {0, 1, 1}, new int[] {0, 0, 1},
                new double[] {1, 1, 0});
        IllegalArgumentException jacobi = assertThrows(IllegalArgumentException.class, () -> Jacobi.of(zeroDiagonal));
        assertTrue(jacobi.getMessage().contains("row 1"), jacobi.getMessage());
        IllegalArgumentException ilu = assertThrows(IllegalArgumentException.class, () -> Ilu0.of(zeroDiagonal));
        assertTrue(ilu.getMessage().contains("row 1"), ilu.getMessage());
    }
}
