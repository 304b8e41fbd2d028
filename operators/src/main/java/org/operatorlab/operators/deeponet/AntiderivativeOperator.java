package org.operatorlab.operators.deeponet;

import java.util.SplittableRandom;

/**
 * The DeepONet paper's antiderivative operator u ↦ s, s(x) = ∫₀ˣ u, on [0, 1]: u drawn from a Gaussian
 * process with the RBF kernel exp(-|x - x'|² / (2 l²)) at equispaced sensors (Cholesky of the kernel
 * matrix), s the cumulative trapezoid at the same points, which is exact for the piecewise-linear u.
 */
public final class AntiderivativeOperator {
    private final double[] x;
    private final double[][] cholesky;

    public AntiderivativeOperator(int sensors, double lengthScale) {
        if (sensors < 2 || !(lengthScale > 0)) {
            throw new IllegalArgumentException("the antiderivative needs >= 2 sensors and a positive length scale, got "
                    + sensors + " and " + lengthScale);
        }
        x = new double[sensors];
        for (int i = 0; i < sensors; i++) {
            x[i] = i / (sensors - 1.0);
        }
        double[][] k = new double[sensors][sensors];
        for (int i = 0; i < sensors; i++) {
            for (int j = 0; j < sensors; j++) {
                double d = x[i] - x[j];
                // the jitter keeps the nearly singular RBF matrix factorable
                k[i][j] = Math.exp(-d * d / (2 * lengthScale * lengthScale)) + (i == j ? 1e-10 : 0);
            }
        }
        cholesky = cholesky(k);
    }

    /** The sensor (and output) positions. */
    public double[] points() {
        return x.clone();
    }

    /** {@code n} input/output pairs, reproducible from {@code seed}. */
    public OperatorData samples(int n, long seed) {
        int m = x.length;
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] u = new double[n][m];
        double[][] s = new double[n][m];
        double[] z = new double[m];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < m; i++) {
                z[i] = rng.nextGaussian();
            }
            for (int i = 0; i < m; i++) {
                double v = 0;
                for (int j = 0; j <= i; j++) {
                    v += cholesky[i][j] * z[j];
                }
                u[r][i] = v;
            }
            for (int i = 1; i < m; i++) {
                s[r][i] = s[r][i - 1] + 0.5 * (u[r][i] + u[r][i - 1]) * (x[i] - x[i - 1]);
            }
        }
        double[][] coordinates = new double[m][1];
        for (int i = 0; i < m; i++) {
            coordinates[i][0] = x[i];
        }
        return OperatorData.of(u, s, coordinates);
    }

    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= c[i][k] * c[j][k];
                }
                c[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-300)) : sum / c[j][j];
            }
        }
        return c;
    }
}
