package org.operatorlab.solvers.krylov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.linalg.Vectors;

/** The fused block kernels agree with one-vector-at-a-time loops, for block sizes around the 4-wide sweep. */
class VectorBlockTest {
    private final Random random = new Random(345);

    private double[][] block(int k, int n) {
        double[][] b = new double[k][n];
        for (double[] row : b) {
            for (int q = 0; q < n; q++) {
                row[q] = random.nextGaussian();
            }
        }
        return b;
    }

    @Test
    void dotsMatchSingleDotProducts() {
        for (int k : new int[] {1, 3, 4, 5, 9}) {
            double[][] block = block(k, 37);
            double[] x = block(1, 37)[0];
            double[] out = new double[k];
            VectorBlock.dots(block, k, x, out);
            for (int i = 0; i < k; i++) {
                assertEquals(Vectors.dot(block[i], x), out[i], 1e-12, "k = " + k + ", i = " + i);
            }
        }
    }

    @Test
    void fusedDeflationKernelsMatchSingleVectorLoops() {
        int n = 1100; // more than one 512-entry slice of the blocked combination
        for (int k : new int[] {0, 1, 3, 4, 7, 8, 11, 16}) {
            double[][] w = block(Math.max(k, 1), n);
            double[] z = block(1, n)[0];
            double[] r = block(1, n)[0];
            double[] out = new double[Math.max(k, 1)];
            double rz = VectorBlock.dotsAndDot(w, k, z, r, out);
            assertEquals(Vectors.dot(r, z), rz, 1e-10, "r.z, k = " + k);
            for (int i = 0; i < k; i++) {
                assertEquals(Vectors.dot(w[i], z), out[i], 1e-10, "k = " + k + ", i = " + i);
            }
            double[] mu = block(1, Math.max(k, 1))[0];
            double[] p = block(1, n)[0];
            double[] expected = new double[n];
            for (int q = 0; q < n; q++) {
                expected[q] = z[q] + 0.7 * p[q];
            }
            for (int i = 0; i < k; i++) {
                Vectors.axpy(-mu[i], w[i], expected);
            }
            VectorBlock.directionUpdate(z, 0.7, p, w, k, mu);
            for (int q = 0; q < n; q++) {
                assertEquals(expected[q], p[q], 1e-10, "direction, k = " + k + ", entry " + q);
            }
            int targets = Math.min(k, 5);
            double[][] c = block(targets, Math.max(k, 1));
            double[][] combined = block(Math.max(targets, 1), n); // overwritten
            VectorBlock.combinations(w, k, c, combined, targets);
            for (int l = 0; l < targets; l++) {
                double[] single = new double[n];
                VectorBlock.combination(w, k, c[l], single);
                for (int q = 0; q < n; q++) {
                    assertEquals(single[q], combined[l][q], 1e-10, "target " + l + ", k = " + k + ", entry " + q);
                }
            }
        }
    }

    @Test
    void combinationsMatchAxpyLoops() {
        for (int k : new int[] {1, 4, 6, 8}) {
            double[][] block = block(k, 29);
            double[] c = block(1, k)[0];
            double[] y = block(1, 29)[0];
            double[] expected = y.clone();
            for (int i = 0; i < k; i++) {
                Vectors.axpy(-c[i], block[i], expected);
            }
            VectorBlock.subtractCombination(block, k, c, y);
            double[] fresh = new double[29];
            VectorBlock.combination(block, k, c, fresh);
            for (int q = 0; q < 29; q++) {
                assertEquals(expected[q], y[q], 1e-12, "k = " + k + ", entry " + q);
                double sum = 0;
                for (int i = 0; i < k; i++) {
                    sum += c[i] * block[i][q];
                }
                assertEquals(sum, fresh[q], 1e-12, "combination, k = " + k + ", entry " + q);
            }
        }
    }

    @Test
    void multiVectorProductMatchesOneProductPerVector() {
        CsrMatrix a = TestSystems.darcy(9, 0.4).matrix();
        int n = a.size();
        for (int k : new int[] {1, 4, 7}) {
            double[][] x = block(k, n);
            double[][] out = new double[k][n];
            VectorBlock.multiply(a, x, k, out);
            double[] expected = new double[n];
            for (int i = 0; i < k; i++) {
                a.apply(x[i], expected);
                for (int q = 0; q < n; q++) {
                    assertEquals(expected[q], out[i][q], 1e-12, "k = " + k + ", vector " + i + ", row " + q);
                }
            }
        }
    }
}
