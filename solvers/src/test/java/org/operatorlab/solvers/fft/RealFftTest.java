package org.operatorlab.solvers.fft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RealFftTest {
    private final FftPlans plans = new FftPlans();

    /** Direct O(N^2) DFT of a real nx x ny field, full complex spectrum, row-major. */
    static double[] naiveDft(double[] x, int nx, int ny, int sign) {
        double[] out = new double[2 * nx * ny];
        for (int ky = 0; ky < ny; ky++) {
            for (int kx = 0; kx < nx; kx++) {
                double re = 0;
                double im = 0;
                for (int j = 0; j < ny; j++) {
                    for (int i = 0; i < nx; i++) {
                        double phase = sign * 2 * Math.PI * ((double) kx * i / nx + (double) ky * j / ny);
                        re += x[j * nx + i] * Math.cos(phase);
                        im += x[j * nx + i] * Math.sin(phase);
                    }
                }
                out[2 * (ky * nx + kx)] = re;
                out[2 * (ky * nx + kx) + 1] = im;
            }
        }
        return out;
    }

    static double[] random(int n, long seed) {
        Random r = new Random(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextGaussian();
        }
        return a;
    }

    @Test
    void forwardMatchesDirectDftForEvenOddAndNonPowerOfTwoSizes() {
        int[][] shapes = {{8, 1}, {10, 1}, {6, 5}, {12, 8}, {16, 9}};
        for (int[] s : shapes) {
            int nx = s[0], ny = s[1];
            double[] x = random(nx * ny, nx * 31L + ny);
            RealFft fft = new RealFft(plans, nx, ny);
            double[] spec = new double[fft.spectrumLength()];
            fft.forward(x, spec);
            double[] full = naiveDft(x, nx, ny, -1);
            for (int ky = 0; ky < ny; ky++) {
                for (int kx = 0; kx <= nx / 2; kx++) {
                    int p = 2 * (ky * (nx / 2 + 1) + kx);
                    int q = 2 * (ky * nx + kx);
                    assertEquals(full[q], spec[p], 1e-10, "re " + nx + "x" + ny + " bin " + kx + "," + ky);
                    assertEquals(full[q + 1], spec[p + 1], 1e-10, "im " + nx + "x" + ny + " bin " + kx + "," + ky);
                }
            }
            double[] back = new double[nx * ny];
            fft.inverse(spec, back);
            assertArrayEquals(x, back, 1e-12);
        }
    }

    @Test
    void inverseLeavesSpectrumUntouched() {
        RealFft fft = new RealFft(plans, 8, 4);
        double[] spec = new double[fft.spectrumLength()];
        fft.forward(random(32, 1), spec);
        double[] copy = spec.clone();
        fft.inverse(spec, new double[32]);
        assertArrayEquals(copy, spec, 0);
    }

    @Test
    void batchedTransformsEqualOneByOneOnBothPaths() {
        for (int channels : new int[] {3, 40}) { // 40 x 1024 samples takes the parallel path
            RealFft fft = new RealFft(plans, 32, 32);
            double[] x = random(channels * 1024, channels);
            double[] spec = new double[channels * fft.spectrumLength()];
            fft.forward(x, spec, channels);
            for (int c = 0; c < channels; c++) {
                double[] one = new double[fft.spectrumLength()];
                fft.forward(java.util.Arrays.copyOfRange(x, c * 1024, (c + 1) * 1024), one);
                assertArrayEquals(one, java.util.Arrays.copyOfRange(spec, c * one.length, (c + 1) * one.length), 0);
            }
            double[] back = new double[x.length];
            fft.inverse(spec, back, channels);
            assertArrayEquals(x, back, 1e-12);
        }
    }

    @Test
    void sharedPlansGiveIdenticalResultsUnderConcurrentUse() throws Exception {
        double[] x = random(64 * 48, 7);
        RealFft reference = new RealFft(plans, 64, 48);
        double[] expected = new double[reference.spectrumLength()];
        reference.forward(x, expected);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                results.add(pool.submit(() -> {
                    RealFft own = new RealFft(plans, 64, 48);
                    double[] spec = new double[own.spectrumLength()];
                    for (int rep = 0; rep < 50; rep++) {
                        own.forward(x, spec);
                    }
                    return spec;
                }));
            }
            for (Future<double[]> f : results) {
                assertArrayEquals(expected, f.get(), 0);
            }
        } finally {
            pool.shutdown();
        }
        // every leased plan came back; at most one plan per concurrent user and length
        int idle = plans.idleCount();
        assertEquals(true, idle >= 2 && idle <= 2 * 5, "idle plans " + idle);
    }

    @Test
    void complexTransformMatchesDirectDft() {
        int nx = 6, ny = 5;
        double[] re = random(nx * ny, 3);
        double[] a = new double[2 * nx * ny];
        for (int i = 0; i < nx * ny; i++) {
            a[2 * i] = re[i];
        }
        ComplexFft fft = new ComplexFft(plans, nx, ny);
        double[] original = a.clone();
        fft.forward(a);
        assertArrayEquals(naiveDft(re, nx, ny, -1), a, 1e-10);
        fft.inverse(a);
        assertArrayEquals(original, a, 1e-12);
    }

    @Test
    void rejectsMismatchedLengthsWithClearMessage() {
        RealFft fft = new RealFft(plans, 8, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fft.forward(new double[15], new double[20]));
        assertEquals(true, e.getMessage().contains("8 x 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RealFft(plans, 7, 1));
    }
}
