package org.operatorlab.solvers.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class CsrMatrixTest {

    private static CsrMatrix random(int rows, int cols, int entries, long seed, double[][] dense) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] i = new int[entries];
        int[] j = new int[entries];
        double[] v = new double[entries];
        for (int k = 0; k < entries; k++) {
            i[k] = rng.nextInt(rows);
            j[k] = rng.nextInt(cols);
            v[k] = rng.nextDouble(-1, 1);
            if (dense != null) {
                dense[i[k]][j[k]] += v[k];
            }
        }
        return CsrMatrix.fromTriplets(rows, cols, i, j, v);
    }

    @Test
    void tripletsSumDuplicatesAndMatchDense() {
        double[][] dense = new double[30][20];
        CsrMatrix a = random(30, 20, 400, 7, dense); // 400 entries in 600 slots: many duplicates
        assertTrue(a.nonZeros() < 400);
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < 20; c++) {
                assertEquals(dense[r][c], a.get(r, c), 1e-14);
            }
        }
        double[] x = new double[20];
        for (int c = 0; c < 20; c++) {
            x[c] = c - 7.5;
        }
        double[] y = new double[30];
        a.apply(x, y);
        for (int r = 0; r < 30; r++) {
            double s = 0;
            for (int c = 0; c < 20; c++) {
                s += dense[r][c] * x[c];
            }
            assertEquals(s, y[r], 1e-12);
        }
        CsrMatrix t = a.transpose();
        assertEquals(20, t.rows());
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < 20; c++) {
                assertEquals(a.get(r, c), t.get(c, r), 0);
            }
        }
    }

    @Test
    void withoutZerosDropsExactOffDiagonalZerosOnly() {
        // 3x3 with a cancelling pair at (0, 2), an explicit zero at (1, 0) and a zero diagonal at (2, 2)
        CsrMatrix a = CsrMatrix.fromTriplets(3, 3, new int[] {0, 0, 0, 0, 1, 1, 2, 2},
                new int[] {0, 2, 2, 1, 0, 1, 0, 2}, new double[] {4, 1.5, -1.5, -1, 0, 3, 2, 0});
        assertEquals(7, a.nonZeros());
        CsrMatrix b = a.withoutZeros();
        assertEquals(5, b.nonZeros()); // (0,0) (0,1) (1,1) (2,0) and the zero diagonal (2,2)
        assertEquals(-1, b.indexOf(0, 2));
        assertEquals(-1, b.indexOf(1, 0));
        assertTrue(b.indexOf(2, 2) >= 0);
        double[] x = {1, -2, 5};
        double[] ya = new double[3];
        double[] yb = new double[3];
        a.apply(x, ya);
        b.apply(x, yb);
        assertArrayEquals(ya, yb, 0);
        assertTrue(b.withoutZeros() == b, "nothing left to drop: the same matrix");
    }

    @Test
    void multiThreadedApplyEqualsSingleThreaded() {
        CsrMatrix a = random(50_000, 50_000, 600_000, 11, null);
        double[] x = new SplittableRandom(3).doubles(50_000).toArray();
        double[] serial = new double[50_000];
        double[] parallel = new double[50_000];
        double[] automatic = new double[50_000];
        a.applySerial(x, serial);
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            a.applyParallel(x, parallel, pool);
        } finally {
            pool.shutdown();
        }
        a.apply(x, automatic);
        // Each row is summed in the same order by one thread: results are bit-identical.
        assertArrayEquals(serial, parallel, 0);
        assertArrayEquals(serial, automatic, 0);
    }

    @Test
    void applyDotIsTheProductAndItsDotWithTheInput() {
        for (int size : new int[] {300, 50_000}) { // the fused serial loop and the multi-threaded path
            CsrMatrix a = random(size, size, 12 * size, 17, null);
            double[] x = new SplittableRandom(4).doubles(size, -1, 1).toArray();
            double[] expected = new double[size];
            a.applySerial(x, expected);
            double[] y = new double[size];
            double dot = a.applyDot(x, y);
            assertArrayEquals(expected, y, 0);
            assertEquals(Vectors.dot(x, expected), dot, 1e-9 * Math.abs(dot) + 1e-12);
        }
    }

    @Test
    void diagonalAndBadInputMessages() {
        CsrMatrix a = CsrMatrix.fromTriplets(3, 3, new int[] {0, 1, 2, 2}, new int[] {0, 1, 2, 0},
                new double[] {4, 5, 6, 1});
        assertArrayEquals(new double[] {4, 5, 6}, a.diagonal(), 0);
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> CsrMatrix.fromTriplets(2, 2, new int[] {0, 2}, new int[] {0, 0}, new double[] {1, 1}));
        assertTrue(outside.getMessage().contains("triplet 1 at (2, 0)"), outside.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> a.apply(new double[2], new double[3]));
        assertTrue(shape.getMessage().contains("3 x 3"), shape.getMessage());
        IllegalArgumentException unsorted = assertThrows(IllegalArgumentException.class,
                () -> CsrMatrix.of(1, 3, new int[] {0, 2}, new int[] {2, 1}, new double[] {1, 1}));
        assertTrue(unsorted.getMessage().contains("row 0"), unsorted.getMessage());
    }
}
