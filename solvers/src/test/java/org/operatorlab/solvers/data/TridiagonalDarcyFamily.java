package org.operatorlab.solvers.data;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * A test family independent of the real discretisations: 1D −(a u')' = 1 on (0,1), u(0)=u(1)=0, with a
 * smooth random log-coefficient, solved by symmetric Gauss–Seidel so that a good initial guess visibly
 * saves iterations.
 */
class TridiagonalDarcyFamily implements SampleFamily {
    final int nodes;

    TridiagonalDarcyFamily(int nodes) { this.nodes = nodes; }

    @Override public String name() { return "darcy1d-test"; }
    @Override public long[] inputShape() { return new long[] {nodes}; }
    @Override public long[] outputShape() { return new long[] {nodes}; }
    @Override public boolean sortable() { return true; }

    @Override
    public double[] drawInput(long sampleSeed) {
        SplittableRandom rnd = new SplittableRandom(sampleSeed);
        double[] xi = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
        double[] a = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            double x = i / (nodes - 1.0);
            double s = 0;
            for (int k = 1; k <= 3; k++) s += xi[k - 1] * Math.sin(k * Math.PI * x) / k;
            a[i] = Math.exp(0.7 * s);
        }
        return a;
    }

    /** Face coefficients (harmonic means) and the tridiagonal matrix rows for the interior unknowns. */
    static double[][] matrix(double[] a) {
        int m = a.length - 2;
        double h = 1.0 / (a.length - 1);
        double[] lower = new double[m], diag = new double[m], upper = new double[m];
        for (int k = 0; k < m; k++) {
            int i = k + 1;
            double west = 2 * a[i - 1] * a[i] / (a[i - 1] + a[i]);
            double east = 2 * a[i] * a[i + 1] / (a[i] + a[i + 1]);
            diag[k] = (west + east) / (h * h);
            lower[k] = -west / (h * h);
            upper[k] = -east / (h * h);
        }
        return new double[][] {lower, diag, upper};
    }

    static double relativeResidual(double[][] t, double[] u) {
        int m = u.length;
        double r2 = 0;
        for (int k = 0; k < m; k++) {
            double au = t[1][k] * u[k] + (k > 0 ? t[0][k] * u[k - 1] : 0) + (k < m - 1 ? t[2][k] * u[k + 1] : 0);
            r2 += (1 - au) * (1 - au);
        }
        return Math.sqrt(r2 / m);
    }

    @Override
    public SampleSolver newSolver(SolverChoice choice, double tolerance) {
        return new SampleSolver() {
            @Override public int stateLength() { return nodes - 2; }

            @Override
            public SampleSolve solve(double[] input, double[] u) {
                double[][] t = matrix(input);
                int m = u.length;
                int it = 0;
                double res = relativeResidual(t, u);
                while (res > tolerance && it < 1_000_000) {
                    for (int k = 0; k < m; k++) sweep(t, u, k);
                    for (int k = m - 1; k >= 0; k--) sweep(t, u, k);
                    it++;
                    res = relativeResidual(t, u);
                }
                return new SampleSolve(it, res <= tolerance, res);
            }

            private void sweep(double[][] t, double[] u, int k) {
                double s = 1 - (k > 0 ? t[0][k] * u[k - 1] : 0) - (k < u.length - 1 ? t[2][k] * u[k + 1] : 0);
                u[k] = s / t[1][k];
            }

            @Override
            public void toOutput(double[] u, double[] row) {
                row[0] = 0;
                row[nodes - 1] = 0;
                System.arraycopy(u, 0, row, 1, nodes - 2);
            }
        };
    }

    @Override
    public void writeCoordinates(NpzWriter out) throws IOException {
        double[] x = new double[nodes];
        for (int i = 0; i < nodes; i++) x[i] = i / (nodes - 1.0);
        out.put("x", x, nodes);
    }

    @Override
    public String problemJson() { return "{\"pde\": {\"family\": \"darcy\"}, \"mesh\": {\"type\": \"grid\", \"nx\": " + nodes + "}}"; }
}
