package org.operatorlab.operators.fno;

import java.util.SplittableRandom;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.operators.train.OperatorData;
import org.operatorlab.solvers.fd.FivePointOperator;
import org.operatorlab.solvers.fd.LinearSystem;
import org.operatorlab.solvers.fft.GaussianRandomField;
import org.operatorlab.solvers.krylov.DirectSolver;
import org.operatorlab.solvers.precond.Preconditioner;

/** Small data sets with known operators, made in the tests. */
final class OperatorSamples {
    private OperatorSamples() {
    }

    /** Smoothing by the periodic heat kernel: v_k = exp(-(2 pi k)^2 t) u_k. */
    static final double HEAT_TIME = 0.002;

    /** Random coefficients a_k, b_k / k for k = 1..10 of u(x) = sum a_k cos(2 pi k x) + b_k sin(2 pi k x). */
    static double[][] fourierCoefficients(int count, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] c = new double[count][20];
        for (int s = 0; s < count; s++) {
            for (int k = 1; k <= 10; k++) {
                c[s][2 * k - 2] = rng.nextGaussian() / k;
                c[s][2 * k - 1] = rng.nextGaussian() / k;
            }
        }
        return c;
    }

    /** u (smoothed when {@code smooth}) at x_j = j / n, j = 0..n-1. */
    static double[] evaluate(double[] coefficients, int n, boolean smooth) {
        double[] u = new double[n];
        for (int k = 1; k <= 10; k++) {
            double damp = smooth ? Math.exp(-Math.pow(2 * Math.PI * k, 2) * HEAT_TIME) : 1;
            for (int j = 0; j < n; j++) {
                double x = (double) j / n;
                u[j] += damp * (coefficients[2 * k - 2] * Math.cos(2 * Math.PI * k * x)
                        + coefficients[2 * k - 1] * Math.sin(2 * Math.PI * k * x));
            }
        }
        return u;
    }

    /** Pairs (u, heat-smoothed u) on n periodic points. */
    static OperatorData heatSmoothing(double[][] coefficients, int n) {
        double[] in = new double[coefficients.length * n], out = new double[coefficients.length * n];
        for (int s = 0; s < coefficients.length; s++) {
            System.arraycopy(evaluate(coefficients[s], n, false), 0, in, s * n, n);
            System.arraycopy(evaluate(coefficients[s], n, true), 0, out, s * n, n);
        }
        return OperatorData.singleChannel(in, out, coefficients.length, n);
    }

    /**
     * The FNO paper's Darcy problem at n x n nodes: a = 12 where a Neumann Gaussian random field is
     * >= 0, else 3; -div(a grad u) = 1, u = 0 on the boundary; 5-point differences, direct solve.
     */
    static OperatorData darcy(int count, int n, long seed) {
        UniformGrid grid = UniformGrid.of(n, n, 0, 0, 1, 1);
        GaussianRandomField field = GaussianRandomField.neumann2d(n, n, 2, 3, GaussianRandomField.fnoSigma(2, 3, 2));
        double[] f = new double[n * n];
        java.util.Arrays.fill(f, 1);
        double[] in = new double[count * n * n], out = new double[count * n * n];
        for (int s = 0; s < count; s++) {
            double[] g = field.sample(seed + s);
            double[] a = new double[n * n];
            for (int p = 0; p < a.length; p++) {
                a[p] = g[p] >= 0 ? 12 : 3;
            }
            LinearSystem system = FivePointOperator.darcy(grid, a, f);
            double[] x = new double[system.rhs().length];
            DirectSolver.cholesky().solve(system.matrix(), system.rhs(), x, Preconditioner.identity());
            System.arraycopy(a, 0, in, s * n * n, n * n);
            System.arraycopy(system.toNodes(x, n * n, 0), 0, out, s * n * n, n * n);
        }
        return OperatorData.singleChannel(in, out, count, n, n);
    }
}
