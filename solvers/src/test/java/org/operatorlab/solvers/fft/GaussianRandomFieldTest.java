package org.operatorlab.solvers.fft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianRandomFieldTest {
    private final FftPlans plans = new FftPlans();

    @Test
    void samplesAreDeterminedBySeed() {
        GaussianRandomField grf = GaussianRandomField.periodic2d(plans, 16, 8, 2.0, 3.0, 1.0);
        assertArrayEquals(grf.sample(42L), grf.sample(42L), 0);
        assertFalse(Arrays.equals(grf.sample(42L), grf.sample(43L)));
        SplittableRandom a = new SplittableRandom(5);
        SplittableRandom b = new SplittableRandom(5);
        assertArrayEquals(grf.sample(a), grf.sample(b), 0);
    }

    /** Stationary covariance E[u(x) u(x+d)] = sum_k lambda_k cos(2 pi k d), summed mode by mode. */
    @Test
    void periodic1dCovarianceMatchesOperator() {
        int n = 64;
        double alpha = 1.5, tau = 4, sigma = 10;
        GaussianRandomField grf = GaussianRandomField.periodic1d(plans, n, alpha, tau, sigma);
        int samples = 4000;
        double[] cov = new double[n / 2];
        SplittableRandom rng = new SplittableRandom(11);
        for (int s = 0; s < samples; s++) {
            double[] u = grf.sample(rng);
            for (int d = 0; d < n / 2; d++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += u[i] * u[(i + d) % n];
                }
                cov[d] += sum / n / samples;
            }
        }
        double target0 = 0;
        for (int d = 0; d < n / 2; d += 3) {
            double target = 0;
            for (int k = -n / 2 + 1; k < n / 2; k++) {
                target += grf.eigenvalue(k, 0) * Math.cos(2 * Math.PI * k * d / (double) n);
            }
            if (d == 0) {
                target0 = target;
            }
            assertEquals(target, cov[d], 0.05 * target0, "covariance at lag " + d);
        }
    }

    /** E|u_hat(k)|^2 / N^2 = lambda_k for the 2D periodic field, checked on several modes. */
    @Test
    void periodic2dSpectrumMatchesEigenvalues() {
        int nx = 16, ny = 12;
        GaussianRandomField grf = GaussianRandomField.periodic2d(plans, nx, ny, 2.0, 2.0, 30.0);
        RealFft fft = new RealFft(plans, nx, ny);
        double[] spec = new double[fft.spectrumLength()];
        int[][] modes = {{0, 0}, {1, 0}, {0, 1}, {2, 3}, {3, -2}, {1, -5}};
        double[] power = new double[modes.length];
        int samples = 3000;
        for (int s = 0; s < samples; s++) {
            fft.forward(grf.sample((long) s), spec);
            for (int m = 0; m < modes.length; m++) {
                int r = Math.floorMod(modes[m][1], ny);
                int p = 2 * (r * fft.halfX() + modes[m][0]);
                power[m] += (spec[p] * spec[p] + spec[p + 1] * spec[p + 1]) / ((double) nx * nx * ny * ny) / samples;
            }
        }
        for (int m = 0; m < modes.length; m++) {
            double lambda = grf.eigenvalue(modes[m][0], modes[m][1]);
            // |u_hat|^2 / lambda is chi-square with 1 or 2 degrees of freedom: relative sd <= sqrt(2 / samples)
            assertEquals(1.0, power[m] / lambda, 5 * Math.sqrt(2.0 / samples), "mode " + Arrays.toString(modes[m]));
        }
        assertEquals(0, grf.withZeroMean().eigenvalue(0, 0));
    }

    /** Across the wrap-around the field is as smooth as inside: mean squared increments agree. */
    @Test
    void periodicSamplesJoinSmoothlyAcrossTheBoundary() {
        int n = 128;
        GaussianRandomField grf = GaussianRandomField.periodic1d(plans, n, 2.0, 5.0, 100.0);
        double wrap = 0, inner = 0;
        int samples = 2000;
        for (int s = 0; s < samples; s++) {
            double[] u = grf.sample((long) s);
            wrap += Math.pow(u[0] - u[n - 1], 2);
            inner += Math.pow(u[n / 2] - u[n / 2 - 1], 2);
        }
        assertEquals(1.0, wrap / inner, 0.15);
    }

    /** Pointwise variance and a cross-covariance on boundary and interior nodes vs the cosine expansion. */
    @Test
    void neumannCovarianceMatchesCosineExpansion() {
        int n = 17;
        double alpha = 2, tau = 3;
        double sigma = GaussianRandomField.fnoSigma(alpha, tau, 2);
        assertEquals(Math.pow(tau, alpha - 1), sigma, 1e-12);
        GaussianRandomField grf = GaussianRandomField.neumann2d(plans, n, n, alpha, tau, sigma);
        int[][] nodes = {{0, 0}, {16, 5}, {8, 8}, {3, 12}};
        int samples = 6000;
        double[] var = new double[nodes.length];
        double cross = 0;
        SplittableRandom rng = new SplittableRandom(3);
        for (int s = 0; s < samples; s++) {
            double[] u = grf.sample(rng);
            for (int p = 0; p < nodes.length; p++) {
                double v = u[nodes[p][1] * n + nodes[p][0]];
                var[p] += v * v / samples;
            }
            cross += u[8 * n + 8] * u[12 * n + 3] / samples;
        }
        for (int p = 0; p < nodes.length; p++) {
            double target = kernel(grf, n, nodes[p], nodes[p]);
            assertEquals(1.0, var[p] / target, 5 * Math.sqrt(2.0 / samples), "variance at " + Arrays.toString(nodes[p]));
        }
        double targetCross = kernel(grf, n, nodes[2], nodes[3]);
        double scale = Math.sqrt(kernel(grf, n, nodes[2], nodes[2]) * kernel(grf, n, nodes[3], nodes[3]));
        assertEquals(targetCross / scale, cross / scale, 5 / Math.sqrt(samples), "cross-covariance");
    }

    private static double kernel(GaussianRandomField grf, int n, int[] a, int[] b) {
        double sum = 0;
        for (int k2 = 0; k2 < n; k2++) {
            for (int k1 = 0; k1 < n; k1++) {
                sum += grf.eigenvalue(k1, k2) * phi(k1, a[0], n) * phi(k2, a[1], n) * phi(k1, b[0], n) * phi(k2, b[1], n);
            }
        }
        return sum;
    }

    private static double phi(int k, int node, int n) {
        double x = node / (double) (n - 1);
        return k == 0 ? 1 : Math.sqrt(2) * Math.cos(Math.PI * k * x);
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> GaussianRandomField.periodic1d(plans, 15, 2, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> GaussianRandomField.periodic1d(plans, 16, -1, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> GaussianRandomField.periodic1d(plans, 16, 2, 0, 1));
    }
}
