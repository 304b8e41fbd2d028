package org.operatorlab.operators.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GemmTest {
    private static float[] random(SplittableRandom rng, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) rng.nextDouble(-1, 1);
        }
        return a;
    }

    /** Naive triple loop in double: C0 + A op(B). */
    private static double[] naive(int m, int n, int k, float[] a, float[] b, float[] c0, boolean bTransposed) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = c0[i * n + j];
                for (int p = 0; p < k; p++) {
                    s += (double) a[i * k + p] * (bTransposed ? b[j * k + p] : b[p * n + j]);
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    // sizes hit the 4-row and 3-vector tiles, the 8-row leftover-vector tile, their remainders, the K blocking
    // (k > 256), and the split by rows when there are too few columns to share
    @ParameterizedTest
    @CsvSource({"1,1,1", "4,24,8", "7,53,13", "32,1000,32", "9,37,300", "33,70,2100", "203,32,64", "97,64,24"})
    void kernelsAgreeWithNaiveLoopAndThreadsDoNotChangeBits(int m, int n, int k) {
        SplittableRandom rng = new SplittableRandom(m * 1000 + n);
        float[] a = random(rng, m * k), b = random(rng, k * n), bt = random(rng, n * k), c0 = random(rng, m * n);
        double[] expectNN = naive(m, n, k, a, b, c0, false);
        double[] expectNT = naive(m, n, k, a, bt, c0, true);
        for (Gemm.Kernel kernel : Gemm.Kernel.values()) {
            float[] one = null, oneT = null;
            for (int threads : new int[] {1, 2, 3}) {
                Gemm gemm = new Gemm(kernel, threads);
                float[] c = c0.clone();
                gemm.nn(m, n, k, a, 0, b, 0, c, 0);
                float[] ct = c0.clone();
                gemm.nt(m, n, k, a, 0, bt, 0, ct, 0);
                for (int i = 0; i < m * n; i++) {
                    assertEquals(expectNN[i], c[i], 2e-6 * (k + 1), kernel + " nn at " + i);
                    assertEquals(expectNT[i], ct[i], 2e-6 * (k + 1), kernel + " nt at " + i);
                }
                if (one == null) {
                    one = c;
                    oneT = ct;
                } else {
                    assertArrayEquals(one, c, kernel + " nn with " + threads + " threads differs from 1 thread");
                    assertArrayEquals(oneT, ct, kernel + " nt with " + threads + " threads differs from 1 thread");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"5,130,7", "16,64,40"})
    void doubleKernelsAgreeWithNaiveLoop(int m, int n, int k) {
        SplittableRandom rng = new SplittableRandom(3);
        double[] a = rng.doubles(m * k).toArray(), b = rng.doubles(k * n).toArray(), bt = rng.doubles(n * k).toArray();
        for (int threads : new int[] {1, 2}) {
            Gemm gemm = new Gemm(Gemm.Kernel.PLAIN, threads);
            double[] c = new double[m * n], ct = new double[m * n];
            gemm.nn(m, n, k, a, 0, b, 0, c, 0);
            gemm.nt(m, n, k, a, 0, bt, 0, ct, 0);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0, st = 0;
                    for (int p = 0; p < k; p++) {
                        s += a[i * k + p] * b[p * n + j];
                        st += a[i * k + p] * bt[j * k + p];
                    }
                    assertEquals(s, c[i * n + j], 1e-12);
                    assertEquals(st, ct[i * n + j], 1e-12);
                }
            }
        }
        assertTrue(Gemm.vectorAvailable(), "tests run with --add-modules jdk.incubator.vector (operators/pom.xml)");
    }
}
