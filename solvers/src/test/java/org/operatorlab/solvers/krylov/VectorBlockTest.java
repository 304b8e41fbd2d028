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
