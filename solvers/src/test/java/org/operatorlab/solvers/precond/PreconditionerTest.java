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

    /** M = (M⁻¹)⁻¹ from applying the preconditioner to unit vectors (small n only). */
    private static double[][] assembledM(Preconditioner m, int n) {
        org.ejml.data.DMatrixRMaj inverse = new org.ejml.data.DMatrixRMaj(n, n);
        double[] e = new double[n];
        double[] column = new double[n];
        for (int j = 0; j < n; j++) {
            java.util.Arrays.fill(e, 0);
            e[j] = 1;
            m.apply(e, column);
            for (int i = 0; i < n; i++) {
                inverse.set(i, j, column[i]);
            }
        }
        org.ejml.dense.row.CommonOps_DDRM.invert(inverse);
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = inverse.get(i, j);
            }
        }
        return d;
    }

    /** A P1-like SPD matrix with triangles in its graph (7-point stencil), so IC(0) drops fill inside the pattern. */
    private static CsrMatrix sevenPoint(int side, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = side * side;
        java.util.List<int[]> edges = new java.util.ArrayList<>();
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int i = r * side + c;
                if (c + 1 < side) edges.add(new int[] {i, i + 1});
                if (r + 1 < side) edges.add(new int[] {i, i + side});
                if (c + 1 < side && r + 1 < side) edges.add(new int[] {i, i + side + 1});
            }
        }
        int m = n + 2 * edges.size();
        int[] ii = new int[m];
        int[] jj = new int[m];
        double[] vv = new double[m];
        double[] diagonal = new double[n];
        int k = 0;
        for (int[] e : edges) {
            double w = -random.nextDouble(0.2, 1.5);
            ii[k] = e[0]; jj[k] = e[1]; vv[k++] = w;
            ii[k] = e[1]; jj[k] = e[0]; vv[k++] = w;
            diagonal[e[0]] -= w;
            diagonal[e[1]] -= w;
        }
        for (int i = 0; i < n; i++) {
            ii[k] = i; jj[k] = i; vv[k++] = diagonal[i] + 0.05; // diagonally dominant: SPD
        }
        return CsrMatrix.fromTriplets(n, n, ii, jj, vv);
    }

    @Test
    void incompleteCholeskyReproducesTheMatrixOnItsPattern() {
        // The defining property of IC(0): (L Lᵀ)_ij = a_ij wherever a_ij is stored; off the pattern it differs.
        CsrMatrix a = sevenPoint(6, 11);
        int n = a.rows();
        double[][] m = assembledM(Ic0.of(a), n);
        double[][] dense = a.toDense();
        double offPattern = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (a.indexOf(i, j) >= 0) {
                    assertEquals(dense[i][j], m[i][j], 1e-10, "(L L^T) at stored entry (" + i + ", " + j + ")");
                } else {
                    offPattern = Math.max(offPattern, Math.abs(m[i][j]));
                }
            }
        }
        assertTrue(offPattern > 1e-3, "IC(0) of a 7-point matrix must drop fill, max off-pattern |M_ij| = " + offPattern);
    }

    @Test
    void modifiedIncompleteCholeskyKeepsRowSums() {
        // MIC(0) with ω = 1: M 1 = A 1 (dropped fill moved to the diagonal); off-diagonals still match A.
        CsrMatrix a = sevenPoint(6, 12);
        int n = a.rows();
        double[][] m = assembledM(Ic0.modified(a, 1.0), n);
        double[][] dense = a.toDense();
        for (int i = 0; i < n; i++) {
            double rowM = 0;
            double rowA = 0;
            for (int j = 0; j < n; j++) {
                rowM += m[i][j];
                rowA += dense[i][j];
                if (i != j && a.indexOf(i, j) >= 0) {
                    assertEquals(dense[i][j], m[i][j], 1e-10, "MIC(0) off-diagonal (" + i + ", " + j + ")");
                }
            }
            assertEquals(rowA, rowM, 1e-10, "row sum " + i);
        }
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
