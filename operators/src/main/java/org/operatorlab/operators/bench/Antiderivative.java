package org.operatorlab.operators.bench;

import java.util.SplittableRandom;
import org.operatorlab.operators.deeponet.OperatorData;

/**
 * The DeepONet paper's antiderivative data: u drawn from a Gaussian process on [0, 1] with the RBF
 * kernel exp(-|x - x'|<sup>2</sup> / (2 l<sup>2</sup>)), l = 0.2, read at 100 equispaced sensors; s(x) =
 * integral of u from 0 (cumulative trapezoid) at the same points. (The DeepONet CI test draws the same
 * distribution.)
 */
final class Antiderivative {
    static final int SENSORS = 100;
    private static final double LENGTH = 0.2;

    private Antiderivative() {
    }

    /** n pairs from a seeded sampler (Cholesky factor of the kernel matrix times standard normals). */
    static OperatorData sample(int n, long seed) {
        double[] x = new double[SENSORS];
        for (int i = 0; i < SENSORS; i++) {
            x[i] = i / (SENSORS - 1.0);
        }
        double[][] c = new double[SENSORS][SENSORS];
        for (int i = 0; i < SENSORS; i++) {
            for (int j = 0; j <= i; j++) {
                double d = x[i] - x[j];
                double sum = Math.exp(-d * d / (2 * LENGTH * LENGTH)) + (i == j ? 1e-10 : 0);
                for (int k = 0; k < j; k++) {
                    sum -= c[i][k] * c[j][k];
                }
                c[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-300)) : sum / c[j][j];
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] u = new double[n][SENSORS], s = new double[n][SENSORS];
        double[] z = new double[SENSORS];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < SENSORS; i++) {
                z[i] = rng.nextGaussian();
            }
            for (int i = 0; i < SENSORS; i++) {
                double v = 0;
                for (int j = 0; j <= i; j++) {
                    v += c[i][j] * z[j];
                }
                u[r][i] = v;
            }
            for (int i = 1; i < SENSORS; i++) {
                s[r][i] = s[r][i - 1] + 0.5 * (u[r][i] + u[r][i - 1]) * (x[i] - x[i - 1]);
            }
        }
        double[][] coords = new double[SENSORS][1];
        for (int i = 0; i < SENSORS; i++) {
            coords[i][0] = x[i];
        }
        return OperatorData.of(u, s, coords);
    }
}
