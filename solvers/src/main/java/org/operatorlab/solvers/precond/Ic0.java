package org.operatorlab.solvers.precond;

import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * Incomplete Cholesky with no fill, A ≈ L L<sup>T</sup>, L on the lower-triangle pattern of A (A must be
 * symmetric positive definite; only its lower triangle is read).
 *
 * <p>With {@link #modified(CsrMatrix, double)} the dropped fill is added back to the diagonal with weight
 * ω (MIC(0), Gustafsson 1978): for ω = 1 the factor keeps the row sums of A, which for Laplacian-like
 * matrices lowers the condition number from O(h<sup>-2</sup>) to O(h<sup>-1</sup>).
 */
public final class Ic0 implements Preconditioner {
    private final int n;
    private final int[] ptr;
    private final int[] col;
    private final double[] l;
    /** 1 / L_ii: the triangular solves are latency bound, and a multiply is far shorter than a divide. */
    private final double[] inverseDiagonal;

    private Ic0(int n, int[] ptr, int[] col, double[] l) {
        this.n = n;
        this.ptr = ptr;
        this.col = col;
        this.l = l;
        this.inverseDiagonal = new double[n];
        for (int i = 0; i < n; i++) {
            inverseDiagonal[i] = 1 / l[ptr[i + 1] - 1];
        }
    }

    /** Plain IC(0). @throws IllegalArgumentException on a zero or negative pivot, naming the row */
    public static Ic0 of(CsrMatrix a) {
        return modified(a, 0);
    }

    /** MIC(0) with relaxation ω in [0, 1] (0 = plain IC(0)). */
    public static Ic0 modified(CsrMatrix a, double omega) {
        if (!(omega >= 0 && omega <= 1)) {
            throw new IllegalArgumentException("MIC(0) relaxation must be in [0, 1], got " + omega);
        }
        int n = a.size();
        int[] aptr = a.rowPointers();
        int[] acol = a.columnIndices();
        double[] aval = a.values();
        // Copy the lower triangle (diagonal last in each row, since columns are sorted).
        int[] ptr = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int c = 0;
            for (int k = aptr[i]; k < aptr[i + 1] && acol[k] <= i; k++) {
                c++;
            }
            ptr[i + 1] = ptr[i] + c;
        }
        int[] col = new int[ptr[n]];
        double[] l = new double[ptr[n]];
        for (int i = 0; i < n; i++) {
            int out = ptr[i];
            for (int k = aptr[i]; k < aptr[i + 1] && acol[k] <= i; k++) {
                col[out] = acol[k];
                l[out++] = aval[k];
            }
            if (out == ptr[i] || col[out - 1] != i) {
                throw new IllegalArgumentException("IC(0): no diagonal entry stored in row " + i);
            }
        }
        // Right-looking: after row j is final, eliminate column j from the later rows that hold it.
        // A transpose map (rows i > j that have an entry in column j) drives the updates.
        int[] tptr = new int[n + 1];
        for (int i = 0; i < n; i++) {
            for (int k = ptr[i]; k < ptr[i + 1] - 1; k++) {
                tptr[col[k] + 1]++;
            }
        }
        for (int j = 0; j < n; j++) {
            tptr[j + 1] += tptr[j];
        }
        int[] tpos = new int[tptr[n]];
        int[] next = java.util.Arrays.copyOf(tptr, n);
        for (int i = 0; i < n; i++) {
            for (int k = ptr[i]; k < ptr[i + 1] - 1; k++) {
                tpos[next[col[k]]++] = k;
            }
        }
        int[] rowOfEntry = new int[col.length];
        for (int i = 0; i < n; i++) {
            for (int k = ptr[i]; k < ptr[i + 1]; k++) {
                rowOfEntry[k] = i;
            }
        }
        for (int j = 0; j < n; j++) {
            int dj = ptr[j + 1] - 1;
            double pivot = l[dj];
            if (!(pivot > 0) || !Double.isFinite(pivot)) {
                throw new IllegalArgumentException("IC(0): pivot " + pivot + " at row " + j
                        + " is not positive (matrix not SPD, or incomplete factor broke down)");
            }
            double ljj = Math.sqrt(pivot);
            l[dj] = ljj;
            // Scale column j below the diagonal: L_ij = a_ij / L_jj.
            for (int t = tptr[j]; t < tptr[j + 1]; t++) {
                l[tpos[t]] /= ljj;
            }
            // Update: a_ik -= L_ij L_kj for j < k <= i, only where (i, k) is in the pattern.
            for (int t = tptr[j]; t < tptr[j + 1]; t++) {
                int ki = tpos[t];
                int i = rowOfEntry[ki];
                double lij = l[ki];
                for (int s = tptr[j]; s < tptr[j + 1]; s++) {
                    int kk = tpos[s];
                    int k = rowOfEntry[kk];
                    if (k > i) {
                        continue;
                    }
                    double update = lij * l[kk];
                    int target = java.util.Arrays.binarySearch(col, ptr[i], ptr[i + 1], k);
                    if (target >= 0) {
                        l[target] -= update;
                    } else if (omega > 0) {
                        // Dropped fill (i,k) and its mirror (k,i): keep row sums by moving it to both diagonals.
                        l[ptr[i + 1] - 1] -= omega * update;
                        l[ptr[k + 1] - 1] -= omega * update;
                    }
                }
            }
        }
        return new Ic0(n, ptr, col, l);
    }

    @Override
    public void apply(double[] r, double[] z) {
        // L y = r
        for (int i = 0; i < n; i++) {
            double s = r[i];
            int d = ptr[i + 1] - 1;
            for (int k = ptr[i]; k < d; k++) {
                s -= l[k] * z[col[k]];
            }
            z[i] = s * inverseDiagonal[i];
        }
        // L^T z = y, column-oriented on the rows of L
        for (int i = n - 1; i >= 0; i--) {
            int d = ptr[i + 1] - 1;
            double zi = z[i] * inverseDiagonal[i];
            z[i] = zi;
            for (int k = ptr[i]; k < d; k++) {
                z[col[k]] -= l[k] * zi;
            }
        }
    }
}
