package org.operatorlab.operators.tensor;

/**
 * Portable GEMM loops (row-major, contiguous, accumulating). The i-k-j order keeps the inner loop a
 * unit-stride axpy that HotSpot auto-vectorises; dot products use four partial sums.
 */
final class PlainGemm {
    private PlainGemm() {
    }

    /** C[m x n] += A[m x k] B[k x n] on columns [j0, j1). */
    static void nn(int m, int n, int k, float[] a, int ao, float[] b, int bo, float[] c, int co, int j0, int j1) {
        for (int i = 0; i < m; i++) {
            int cr = co + i * n;
            for (int p = 0; p < k; p++) {
                float x = a[ao + i * k + p];
                int br = bo + p * n;
                for (int j = j0; j < j1; j++) {
                    c[cr + j] += x * b[br + j];
                }
            }
        }
    }

    static void nn(int m, int n, int k, double[] a, int ao, double[] b, int bo, double[] c, int co, int j0, int j1) {
        for (int i = 0; i < m; i++) {
            int cr = co + i * n;
            for (int p = 0; p < k; p++) {
                double x = a[ao + i * k + p];
                int br = bo + p * n;
                for (int j = j0; j < j1; j++) {
                    c[cr + j] += x * b[br + j];
                }
            }
        }
    }

    /** C[m x n] += A[m x k] B[n x k]<sup>T</sup> on rows [i0, i1). */
    static void nt(int m, int n, int k, float[] a, int ao, float[] b, int bo, float[] c, int co, int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            int ar = ao + i * k;
            for (int j = 0; j < n; j++) {
                int br = bo + j * k;
                float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                int p = 0;
                for (; p + 4 <= k; p += 4) {
                    s0 += a[ar + p] * b[br + p];
                    s1 += a[ar + p + 1] * b[br + p + 1];
                    s2 += a[ar + p + 2] * b[br + p + 2];
                    s3 += a[ar + p + 3] * b[br + p + 3];
                }
                for (; p < k; p++) {
                    s0 += a[ar + p] * b[br + p];
                }
                c[co + i * n + j] += (s0 + s1) + (s2 + s3);
            }
        }
    }

    static void nt(int m, int n, int k, double[] a, int ao, double[] b, int bo, double[] c, int co, int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            int ar = ao + i * k;
            for (int j = 0; j < n; j++) {
                int br = bo + j * k;
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                int p = 0;
                for (; p + 4 <= k; p += 4) {
                    s0 += a[ar + p] * b[br + p];
                    s1 += a[ar + p + 1] * b[br + p + 1];
                    s2 += a[ar + p + 2] * b[br + p + 2];
                    s3 += a[ar + p + 3] * b[br + p + 3];
                }
                for (; p < k; p++) {
                    s0 += a[ar + p] * b[br + p];
                }
                c[co + i * n + j] += (s0 + s1) + (s2 + s3);
            }
        }
    }
}
