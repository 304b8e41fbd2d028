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
        dotsRange(block, 0, k, x, out);
    }

    /** out[i] = block[i] · x for from ≤ i &lt; k. */
    private static void dotsRange(double[][] block, int from, int k, double[] x, double[] out) {
        int n = x.length;
        int i = from;
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

    /**
     * out[i] = block[i] · z for i &lt; k, and returns r · z: what deflated CG needs after each preconditioner
     * application, in one pass over z for every eight block vectors.
     */
    static double dotsAndDot(double[][] block, int k, double[] z, double[] r, double[] out) {
        int n = z.length;
        double rz = 0;
        int i = 0;
        for (; i + 7 < k; i += 8) {
            double[] a0 = block[i];
            double[] a1 = block[i + 1];
            double[] a2 = block[i + 2];
            double[] a3 = block[i + 3];
            double[] a4 = block[i + 4];
            double[] a5 = block[i + 5];
            double[] a6 = block[i + 6];
            double[] a7 = block[i + 7];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double s5 = 0;
            double s6 = 0;
            double s7 = 0;
            double sr = 0;
            boolean first = i == 0;
            for (int q = 0; q < n; q++) {
                double zq = z[q];
                s0 += a0[q] * zq;
                s1 += a1[q] * zq;
                s2 += a2[q] * zq;
                s3 += a3[q] * zq;
                s4 += a4[q] * zq;
                s5 += a5[q] * zq;
                s6 += a6[q] * zq;
                s7 += a7[q] * zq;
                if (first) {
                    sr += r[q] * zq;
                }
            }
            out[i] = s0;
            out[i + 1] = s1;
            out[i + 2] = s2;
            out[i + 3] = s3;
            out[i + 4] = s4;
            out[i + 5] = s5;
            out[i + 6] = s6;
            out[i + 7] = s7;
            if (first) {
                rz = sr;
            }
        }
        dotsRange(block, i, k, z, out);
        return i > 0 ? rz : dot(r, z);
    }

    /** p = z + β p − Σ<sub>i&lt;k</sub> μ[i] w[i] (the deflated CG direction), one pass for k ≤ 4. */
    static void directionUpdate(double[] z, double beta, double[] p, double[][] w, int k, double[] mu) {
        int n = p.length;
        if (k >= 4) {
            double[] a0 = w[0];
            double[] a1 = w[1];
            double[] a2 = w[2];
            double[] a3 = w[3];
            double c0 = mu[0];
            double c1 = mu[1];
            double c2 = mu[2];
            double c3 = mu[3];
            for (int q = 0; q < n; q++) {
                p[q] = z[q] + beta * p[q] - (c0 * a0[q] + c1 * a1[q] + c2 * a2[q] + c3 * a3[q]);
            }
        } else {
            for (int q = 0; q < n; q++) {
                p[q] = z[q] + beta * p[q];
            }
        }
        subtractCombinationRange(w, k >= 4 ? 4 : 0, k, mu, p);
    }

    /**
     * targets[l] = Σ<sub>j&lt;count</sub> c[l][j] sources[j] for l &lt; targetCount, blocked so that a slice
     * of every source is read once for all targets (not once per target).
     */
    static void combinations(double[][] sources, int count, double[][] c, double[][] targets, int targetCount) {
        if (targetCount == 0) {
            return;
        }
        int n = targets[0].length;
        final int slice = 512;
        for (int from = 0; from < n; from += slice) {
            int to = Math.min(n, from + slice);
            for (int l = 0; l < targetCount; l++) {
                double[] t = targets[l];
                double[] cl = c[l];
                java.util.Arrays.fill(t, from, to, 0);
                int j = 0;
                for (; j + 3 < count; j += 4) {
                    double[] s0 = sources[j];
                    double[] s1 = sources[j + 1];
                    double[] s2 = sources[j + 2];
                    double[] s3 = sources[j + 3];
                    double c0 = cl[j];
                    double c1 = cl[j + 1];
                    double c2 = cl[j + 2];
                    double c3 = cl[j + 3];
                    for (int q = from; q < to; q++) {
                        t[q] += c0 * s0[q] + c1 * s1[q] + c2 * s2[q] + c3 * s3[q];
                    }
                }
                for (; j < count; j++) {
                    double[] s = sources[j];
                    double cj = cl[j];
                    for (int q = from; q < to; q++) {
                        t[q] += cj * s[q];
                    }
                }
            }
        }
    }

    /** y −= Σ<sub>i&lt;k</sub> c[i] block[i]. */
    static void subtractCombination(double[][] block, int k, double[] c, double[] y) {
        subtractCombinationRange(block, 0, k, c, y);
    }

    /** y −= Σ<sub>from≤i&lt;k</sub> c[i] block[i]. */
    private static void subtractCombinationRange(double[][] block, int from, int k, double[] c, double[] y) {
        int n = y.length;
        int i = from;
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
