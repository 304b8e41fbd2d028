package org.operatorlab.solvers.linalg;

/** The few BLAS-1 kernels the Krylov solvers need, on plain arrays. */
public final class Vectors {
    private Vectors() { }

    public static double dot(double[] a, double[] b) {
        int n = a.length;
        // Two accumulators break the add dependency chain; the JIT vectorises neither alone.
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
        }
        if (i < n) {
            s0 += a[i] * b[i];
        }
        return s0 + s1;
    }

    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** y += alpha x. */
    public static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    /** r = b - A x; returns ||r||. */
    public static double residual(LinearOperator a, double[] b, double[] x, double[] r) {
        a.apply(x, r);
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] - r[i];
        }
        return norm(r);
    }

    /** ||b - A x|| / ||b|| computed afresh (allocates); 0 when b = 0 and x solves it. */
    public static double relativeResidual(LinearOperator a, double[] b, double[] x) {
        double[] r = new double[b.length];
        double rn = residual(a, b, x, r);
        double bn = norm(b);
        return bn == 0 ? rn : rn / bn;
    }

    /** Throws naming {@code what} unless {@code v.length == n}. */
    public static void requireLength(String what, double[] v, int n) {
        if (v == null) {
            throw new IllegalArgumentException(what + " is null, expected length " + n);
        }
        if (v.length != n) {
            throw new IllegalArgumentException(what + " has length " + v.length + ", expected " + n);
        }
    }
}
