package org.operatorlab.operators.pinn;

import org.operatorlab.operators.tensor.Tensor;

/**
 * Collocation points: coordinates x, y (null for 1D problems) and time t (null for steady problems),
 * with outward unit normals (nx, ny) on boundary points, null elsewhere.
 */
public record Points(double[] x, double[] y, double[] t, double[] nx, double[] ny) {
    public Points {
        int n = x.length;
        for (double[] a : new double[][] {y, t, nx, ny}) {
            if (a != null && a.length != n) {
                throw new IllegalArgumentException("collocation arrays differ in length: " + n + " and " + a.length);
            }
        }
    }

    public int size() { return x.length; }

    /** The network input [N, D]: columns x, y (if 2D), t (if time-dependent). */
    public Tensor inputs() {
        int d = 1 + (y == null ? 0 : 1) + (t == null ? 0 : 1);
        int n = x.length;
        double[] v = new double[n * d];
        for (int i = 0; i < n; i++) {
            int c = 0;
            v[i * d + c++] = x[i];
            if (y != null) {
                v[i * d + c++] = y[i];
            }
            if (t != null) {
                v[i * d + c] = t[i];
            }
        }
        return Tensor.of(v, n, d);
    }

    /** y, or zeros for 1D points (coefficients take (x, y, t)). */
    public double yOrZero(int i) { return y == null ? 0 : y[i]; }

    public double tOrZero(int i) { return t == null ? 0 : t[i]; }
}
