package org.operatorlab.solvers.precond;

import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * Incomplete LU with no fill: L (unit lower) and U share the sparsity pattern of A, stored together in
 * one CSR value array (Saad, Iterative Methods, Alg. 10.4). Apply = forward then backward substitution.
 */
public final class Ilu0 implements Preconditioner {
    private final int n;
    private final int[] ptr;
    private final int[] col;
    private final double[] lu;
    private final int[] diag;

    private Ilu0(int n, int[] ptr, int[] col, double[] lu, int[] diag) {
        this.n = n;
        this.ptr = ptr;
        this.col = col;
        this.lu = lu;
        this.diag = diag;
    }

    /** @throws IllegalArgumentException on a missing or zero pivot, naming the row */
    public static Ilu0 of(CsrMatrix a) {
        int n = a.size();
        int[] ptr = a.rowPointers();
        int[] col = a.columnIndices();
        double[] lu = a.values().clone();
        int[] diag = diagonalPositions(a, "ILU(0)");
        int[] where = new int[n];
        java.util.Arrays.fill(where, -1);
        for (int i = 0; i < n; i++) {
            for (int k = ptr[i]; k < ptr[i + 1]; k++) {
                where[col[k]] = k;
            }
            for (int k = ptr[i]; k < diag[i]; k++) {
                int j = col[k];
                double pivot = lu[diag[j]];
                double factor = lu[k] / pivot;
                lu[k] = factor;
                for (int m = diag[j] + 1; m < ptr[j + 1]; m++) {
                    int w = where[col[m]];
                    if (w >= 0) {
                        lu[w] -= factor * lu[m];
                    }
                }
            }
            double pivot = lu[diag[i]];
            if (pivot == 0 || !Double.isFinite(pivot)) {
                throw new IllegalArgumentException("ILU(0): pivot " + pivot + " at row " + i);
            }
            for (int k = ptr[i]; k < ptr[i + 1]; k++) {
                where[col[k]] = -1;
            }
        }
        return new Ilu0(n, ptr, col, lu, diag);
    }

    static int[] diagonalPositions(CsrMatrix a, String who) {
        int n = a.size();
        int[] diag = new int[n];
        for (int i = 0; i < n; i++) {
            diag[i] = a.indexOf(i, i);
            if (diag[i] < 0) {
                throw new IllegalArgumentException(who + ": no diagonal entry stored in row " + i);
            }
        }
        return diag;
    }

    @Override
    public void apply(double[] r, double[] z) {
        for (int i = 0; i < n; i++) {
            double s = r[i];
            for (int k = ptr[i]; k < diag[i]; k++) {
                s -= lu[k] * z[col[k]];
            }
            z[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = diag[i] + 1; k < ptr[i + 1]; k++) {
                s -= lu[k] * z[col[k]];
            }
            z[i] = s / lu[diag[i]];
        }
    }
}
