package org.operatorlab.operators.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Single-precision GEMM kernels on the Vector API (loaded only when {@code jdk.incubator.vector} is
 * present). Row-major, contiguous, accumulating: C += A B and C += A B<sup>T</sup>.
 */
final class VectorGemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Columns per register tile: 3 vectors x 4 rows = 12 accumulators (fits 16 AVX2 registers). */
    static final int PANEL = 3 * L;
    private static final int K_BLOCK = 256;
    private static final int NT_K_BLOCK = 2048;

    private VectorGemm() {
    }

    /** C[m x n] += A[m x k] B[k x n] on columns [j0, j1). */
    static void nn(int m, int n, int k, float[] a, int ao, float[] b, int bo, float[] c, int co, int j0, int j1) {
        int jVec = j0 + (j1 - j0) / PANEL * PANEL;
        for (int kb = 0; kb < k; kb += K_BLOCK) {
            int ke = Math.min(k, kb + K_BLOCK);
            for (int j = j0; j < jVec; j += PANEL) {
                int i = 0;
                for (; i + 4 <= m; i += 4) {
                    tile4x3(n, k, a, ao + i * k, b, bo, c, co + i * n + j, j, kb, ke);
                }
                for (; i < m; i++) {
                    tile1x3(n, k, a, ao + i * k, b, bo, c, co + i * n + j, j, kb, ke);
                }
            }
            int j = jVec;
            for (; j + L <= j1; j += L) {
                int i = 0;
                for (; i + 8 <= m; i += 8) {
                    tile8x1(n, k, a, ao + i * k, b, bo, c, co + i * n + j, j, kb, ke);
                }
                for (; i < m; i++) {
                    tile1x1(n, k, a, ao + i * k, b, bo, c, co + i * n + j, j, kb, ke);
                }
            }
            for (int i = 0; i < m; i++) {
                for (int jj = j; jj < j1; jj++) {
                    float s = 0;
                    for (int p = kb; p < ke; p++) {
                        s += a[ao + i * k + p] * b[bo + p * n + jj];
                    }
                    c[co + i * n + jj] += s;
                }
            }
        }
    }

    private static void tile4x3(int n, int k, float[] a, int ar, float[] b, int bo, float[] c, int cr, int j,
                                int kb, int ke) {
        FloatVector c00 = FloatVector.fromArray(S, c, cr), c01 = FloatVector.fromArray(S, c, cr + L),
                c02 = FloatVector.fromArray(S, c, cr + 2 * L);
        FloatVector c10 = FloatVector.fromArray(S, c, cr + n), c11 = FloatVector.fromArray(S, c, cr + n + L),
                c12 = FloatVector.fromArray(S, c, cr + n + 2 * L);
        FloatVector c20 = FloatVector.fromArray(S, c, cr + 2 * n), c21 = FloatVector.fromArray(S, c, cr + 2 * n + L),
                c22 = FloatVector.fromArray(S, c, cr + 2 * n + 2 * L);
        FloatVector c30 = FloatVector.fromArray(S, c, cr + 3 * n), c31 = FloatVector.fromArray(S, c, cr + 3 * n + L),
                c32 = FloatVector.fromArray(S, c, cr + 3 * n + 2 * L);
        for (int p = kb; p < ke; p++) {
            int bp = bo + p * n + j;
            FloatVector b0 = FloatVector.fromArray(S, b, bp);
            FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bp + 2 * L);
            FloatVector x = FloatVector.broadcast(S, a[ar + p]);
            c00 = x.fma(b0, c00); c01 = x.fma(b1, c01); c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, a[ar + k + p]);
            c10 = x.fma(b0, c10); c11 = x.fma(b1, c11); c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, a[ar + 2 * k + p]);
            c20 = x.fma(b0, c20); c21 = x.fma(b1, c21); c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(S, a[ar + 3 * k + p]);
            c30 = x.fma(b0, c30); c31 = x.fma(b1, c31); c32 = x.fma(b2, c32);
        }
        c00.intoArray(c, cr); c01.intoArray(c, cr + L); c02.intoArray(c, cr + 2 * L);
        c10.intoArray(c, cr + n); c11.intoArray(c, cr + n + L); c12.intoArray(c, cr + n + 2 * L);
        c20.intoArray(c, cr + 2 * n); c21.intoArray(c, cr + 2 * n + L); c22.intoArray(c, cr + 2 * n + 2 * L);
        c30.intoArray(c, cr + 3 * n); c31.intoArray(c, cr + 3 * n + L); c32.intoArray(c, cr + 3 * n + 2 * L);
    }

    private static void tile1x3(int n, int k, float[] a, int ar, float[] b, int bo, float[] c, int cr, int j,
                                int kb, int ke) {
        FloatVector c0 = FloatVector.fromArray(S, c, cr), c1 = FloatVector.fromArray(S, c, cr + L),
                c2 = FloatVector.fromArray(S, c, cr + 2 * L);
        for (int p = kb; p < ke; p++) {
            int bp = bo + p * n + j;
            FloatVector x = FloatVector.broadcast(S, a[ar + p]);
            c0 = x.fma(FloatVector.fromArray(S, b, bp), c0);
            c1 = x.fma(FloatVector.fromArray(S, b, bp + L), c1);
            c2 = x.fma(FloatVector.fromArray(S, b, bp + 2 * L), c2);
        }
        c0.intoArray(c, cr); c1.intoArray(c, cr + L); c2.intoArray(c, cr + 2 * L);
    }

    /** One vector of columns left over after the 3-vector panels, eight rows at a time (eight FMA chains). */
    private static void tile8x1(int n, int k, float[] a, int ar, float[] b, int bo, float[] c, int cr, int j,
                                int kb, int ke) {
        FloatVector c0 = FloatVector.fromArray(S, c, cr), c1 = FloatVector.fromArray(S, c, cr + n),
                c2 = FloatVector.fromArray(S, c, cr + 2 * n), c3 = FloatVector.fromArray(S, c, cr + 3 * n),
                c4 = FloatVector.fromArray(S, c, cr + 4 * n), c5 = FloatVector.fromArray(S, c, cr + 5 * n),
                c6 = FloatVector.fromArray(S, c, cr + 6 * n), c7 = FloatVector.fromArray(S, c, cr + 7 * n);
        for (int p = kb; p < ke; p++) {
            FloatVector y = FloatVector.fromArray(S, b, bo + p * n + j);
            c0 = FloatVector.broadcast(S, a[ar + p]).fma(y, c0);
            c1 = FloatVector.broadcast(S, a[ar + k + p]).fma(y, c1);
            c2 = FloatVector.broadcast(S, a[ar + 2 * k + p]).fma(y, c2);
            c3 = FloatVector.broadcast(S, a[ar + 3 * k + p]).fma(y, c3);
            c4 = FloatVector.broadcast(S, a[ar + 4 * k + p]).fma(y, c4);
            c5 = FloatVector.broadcast(S, a[ar + 5 * k + p]).fma(y, c5);
            c6 = FloatVector.broadcast(S, a[ar + 6 * k + p]).fma(y, c6);
            c7 = FloatVector.broadcast(S, a[ar + 7 * k + p]).fma(y, c7);
        }
        c0.intoArray(c, cr); c1.intoArray(c, cr + n); c2.intoArray(c, cr + 2 * n); c3.intoArray(c, cr + 3 * n);
        c4.intoArray(c, cr + 4 * n); c5.intoArray(c, cr + 5 * n); c6.intoArray(c, cr + 6 * n); c7.intoArray(c, cr + 7 * n);
    }

    /** One vector of columns left over after the 3-vector panels. */
    private static void tile1x1(int n, int k, float[] a, int ar, float[] b, int bo, float[] c, int cr, int j,
                                int kb, int ke) {
        FloatVector acc = FloatVector.fromArray(S, c, cr);
        for (int p = kb; p < ke; p++) {
            acc = FloatVector.broadcast(S, a[ar + p]).fma(FloatVector.fromArray(S, b, bo + p * n + j), acc);
        }
        acc.intoArray(c, cr);
    }

    /** C[m x n] += A[m x k] B[n x k]<sup>T</sup> on rows [i0, i1) of C (dot products along k). */
    static void nt(int m, int n, int k, float[] a, int ao, float[] b, int bo, float[] c, int co, int i0, int i1) {
        int kVecEnd = k / L * L;
        for (int kb = 0; kb < kVecEnd; kb += NT_K_BLOCK) {
            int ke = Math.min(kVecEnd, kb + NT_K_BLOCK);
            int i = i0;
            for (; i + 2 <= i1; i += 2) {
                int j = 0;
                for (; j + 2 <= n; j += 2) {
                    dot2x2(k, n, a, ao + i * k, b, bo + j * k, c, co + i * n + j, kb, ke);
                }
                for (; j < n; j++) {
                    c[co + i * n + j] += dot(a, ao + i * k, b, bo + j * k, kb, ke);
                    c[co + (i + 1) * n + j] += dot(a, ao + (i + 1) * k, b, bo + j * k, kb, ke);
                }
            }
            for (; i < i1; i++) {
                for (int j = 0; j < n; j++) {
                    c[co + i * n + j] += dot(a, ao + i * k, b, bo + j * k, kb, ke);
                }
            }
        }
        for (int i = i0; i < i1; i++) {
            for (int j = 0; j < n; j++) {
                float s = 0;
                for (int p = kVecEnd; p < k; p++) {
                    s += a[ao + i * k + p] * b[bo + j * k + p];
                }
                c[co + i * n + j] += s;
            }
        }
    }

    private static void dot2x2(int k, int n, float[] a, int a0, float[] b, int b0, float[] c, int cr, int kb, int ke) {
        FloatVector s00 = FloatVector.zero(S), s01 = FloatVector.zero(S), s10 = FloatVector.zero(S),
                s11 = FloatVector.zero(S);
        for (int p = kb; p < ke; p += L) {
            FloatVector x0 = FloatVector.fromArray(S, a, a0 + p);
            FloatVector x1 = FloatVector.fromArray(S, a, a0 + k + p);
            FloatVector y0 = FloatVector.fromArray(S, b, b0 + p);
            FloatVector y1 = FloatVector.fromArray(S, b, b0 + k + p);
            s00 = x0.fma(y0, s00); s01 = x0.fma(y1, s01);
            s10 = x1.fma(y0, s10); s11 = x1.fma(y1, s11);
        }
        c[cr] += s00.reduceLanes(VectorOperators.ADD);
        c[cr + 1] += s01.reduceLanes(VectorOperators.ADD);
        c[cr + n] += s10.reduceLanes(VectorOperators.ADD);
        c[cr + n + 1] += s11.reduceLanes(VectorOperators.ADD);
    }

    private static float dot(float[] a, int a0, float[] b, int b0, int kb, int ke) {
        FloatVector s = FloatVector.zero(S);
        for (int p = kb; p < ke; p += L) {
            s = FloatVector.fromArray(S, a, a0 + p).fma(FloatVector.fromArray(S, b, b0 + p), s);
        }
        return s.reduceLanes(VectorOperators.ADD);
    }
}
