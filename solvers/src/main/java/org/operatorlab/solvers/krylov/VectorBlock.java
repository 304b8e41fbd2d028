package org.operatorlab.solvers.krylov;

import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.linalg.LinearOperator;

/**
 * Fused kernels on a block of k vectors (rows of {@code double[k][n]}): k dot products or k axpys in
 * one pass over the shared vector, four block vectors per sweep, and Y = A X for all k vectors in one
 * pass over a CSR matrix. The recycling solvers spend most of their extra work here, and one pass over
 * memory instead of k is what makes recycling pay.
 */
final class VectorBlock {
    private VectorBlock() { }

    /** out[i] = block[i] · x for i &lt; k. */
    static void dots(double[][] block, int k, double[] x, double[] out) {
        int n = x.length;
        int i = 0;
        for (; i + 3 < k; i += 4) {
            double[] a0 = block[i];
            double[] a1 = block[i + 1];
            double[] a2 = block[i + 2];
            double[] a3 = block[i + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int q = 0; q < n; q++) {
                double xq = x[q];
                s0 += a0[q] * xq;
                s1 += a1[q] * xq;
                s2 += a2[q] * xq;
                s3 += a3[q] * xq;
            }
            out[i] = s0;
            out[i + 1] = s1;
            out[i + 2] = s2;
            out[i + 3] = s3;
        }
        for (; i < k; i++) {
            out[i] = dot(block[i], x);
        }
    }

    /** y −= Σ<sub>i&lt;k</sub> c[i] block[i]. */
    static void subtractCombination(double[][] block, int k, double[] c, double[] y) {
        int n = y.length;
        int i = 0;
        for (; i + 3 < k; i += 4) {
            double[] a0 = block[i];
            double[] a1 = block[i + 1];
            double[] a2 = block[i + 2];
            double[] a3 = block[i + 3];
            double c0 = c[i];
            double c1 = c[i + 1];
            double c2 = c[i + 2];
            double c3 = c[i + 3];
            for (int q = 0; q < n; q++) {
                y[q] -= c0 * a0[q] + c1 * a1[q] + c2 * a2[q] + c3 * a3[q];
            }
        }
        for (; i < k; i++) {
            double ci = c[i];
            double[] a = block[i];
            for (int q = 0; q < n; q++) {
                y[q] -= ci * a[q];
            }
        }
    }

    /** y = Σ<sub>j&lt;count</sub> c[j] sources[j] (y overwritten; must not be one of the sources). */
    static void combination(double[][] sources, int count, double[] c, double[] y) {
        java.util.Arrays.fill(y, 0);
        double[] negated = new double[count];
        for (int j = 0; j < count; j++) {
            negated[j] = -c[j];
        }
        subtractCombination(sources, count, negated, y);
    }

    /**
     * out[i] = A x[i] for i &lt; k. For a {@link CsrMatrix} small enough to run serially, one pass over its
     * arrays serves all k vectors (the matrix is read once, not k times).
     */
    static void multiply(LinearOperator a, double[][] x, int k, double[][] out) {
        if (!(a instanceof CsrMatrix csr) || csr.nonZeros() >= CsrMatrix.PARALLEL_NONZEROS || k == 1) {
            for (int i = 0; i < k; i++) {
                a.apply(x[i], out[i]);
            }
            return;
        }
        int[] ptr = csr.rowPointers();
        int[] col = csr.columnIndices();
        double[] val = csr.values();
        int rows = csr.rows();
        int i = 0;
        for (; i + 3 < k; i += 4) {
            double[] x0 = x[i];
            double[] x1 = x[i + 1];
            double[] x2 = x[i + 2];
            double[] x3 = x[i + 3];
            double[] y0 = out[i];
            double[] y1 = out[i + 1];
            double[] y2 = out[i + 2];
            double[] y3 = out[i + 3];
            for (int r = 0; r < rows; r++) {
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                for (int p = ptr[r]; p < ptr[r + 1]; p++) {
                    int c = col[p];
                    double v = val[p];
                    s0 += v * x0[c];
                    s1 += v * x1[c];
                    s2 += v * x2[c];
                    s3 += v * x3[c];
                }
                y0[r] = s0;
                y1[r] = s1;
                y2[r] = s2;
                y3[r] = s3;
            }
        }
        for (; i < k; i++) {
            csr.applySerial(x[i], out[i]);
        }
    }

    static double dot(double[] a, double[] b) {
        return org.operatorlab.solvers.linalg.Vectors.dot(a, b);
    }
}
