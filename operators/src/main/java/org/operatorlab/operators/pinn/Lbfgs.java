package org.operatorlab.operators.pinn;

import java.util.function.IntPredicate;

/**
 * Limited-memory BFGS (Nocedal and Wright, Algorithm 7.4/7.5) with a strong-Wolfe line search
 * (Algorithm 3.5/3.6, cubic interpolation in the zoom). Works on a flat parameter vector; the PINN
 * trainer flattens the network's weights into it after Adam.
 */
public final class Lbfgs {
    /** f(x) and its gradient written into {@code gradient}. */
    @FunctionalInterface
    public interface Function {
        double evaluate(double[] x, double[] gradient);
    }

    /** How a run ended. */
    public record Result(double value, int iterations, int evaluations, boolean converged) { }

    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final int MAX_LINE_SEARCH = 25;

    private final int memory;
    private final double gradientTolerance;

    /**
     * @param memory number of correction pairs kept (5 .. 50 typical)
     * @param gradientTolerance stop when the infinity norm of the gradient falls below it
     */
    public Lbfgs(int memory, double gradientTolerance) {
        if (memory < 1 || !(gradientTolerance >= 0)) {
            throw new IllegalArgumentException("L-BFGS needs memory >= 1 and tolerance >= 0, got memory=" + memory
                    + " tolerance=" + gradientTolerance);
        }
        this.memory = memory;
        this.gradientTolerance = gradientTolerance;
    }

    /**
     * Minimises f from x (overwritten with the best point found).
     *
     * @param keepGoing asked with the iteration number before each iteration; false stops the run
     */
    public Result minimize(Function f, double[] x, int maxIterations, IntPredicate keepGoing) {
        int n = x.length;
        double[][] s = new double[memory][n];
        double[][] y = new double[memory][n];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        double[] g = new double[n];
        double[] d = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        Probe evaluations = new Probe();
        evaluations.count = 1;
        double fx = f.evaluate(x, g);
        int stored = 0, newest = -1, it = 0;
        while (it < maxIterations && keepGoing.test(it)) {
            if (normInf(g) <= gradientTolerance) {
                return new Result(fx, it, evaluations.count, true);
            }
            // two-loop recursion: d = -H g
            for (int i = 0; i < n; i++) {
                d[i] = -g[i];
            }
            for (int k = 0; k < stored; k++) {
                int j = Math.floorMod(newest - k, memory);
                alpha[j] = rho[j] * dot(s[j], d);
                axpy(-alpha[j], y[j], d);
            }
            if (stored > 0) {
                double gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
                scale(gamma, d);
            } else {
                scale(1 / Math.max(1, norm2(g)), d);
            }
            for (int k = stored - 1; k >= 0; k--) {
                int j = Math.floorMod(newest - k, memory);
                double beta = rho[j] * dot(y[j], d);
                axpy(alpha[j] - beta, s[j], d);
            }
            double slope = dot(g, d);
            if (!(slope < 0)) {               // not a descent direction: restart from steepest descent
                stored = 0;
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                scale(1 / Math.max(1, norm2(g)), d);
                slope = dot(g, d);
            }
            double step = lineSearch(f, x, fx, g, d, slope, xNew, gNew, evaluations);
            if (step == 0) {
                return new Result(fx, it, evaluations.count, false);   // no acceptable step: at numerical precision
            }
            double fNew = evaluations.value;
            newest = (newest + 1) % memory;
            double sy = 0;
            for (int i = 0; i < n; i++) {
                s[newest][i] = xNew[i] - x[i];
                y[newest][i] = gNew[i] - g[i];
                sy += s[newest][i] * y[newest][i];
            }
            if (sy > 1e-300) {
                rho[newest] = 1 / sy;
                stored = Math.min(stored + 1, memory);
            } else {
                newest = Math.floorMod(newest - 1, memory);   // curvature pair unusable: drop it
            }
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            it++;
        }
        return new Result(fx, it, evaluations.count, normInf(g) <= gradientTolerance);
    }

    /** Strong-Wolfe step along d; leaves x + step d in xNew. Returns 0 when no step decreases f. */
    private static double lineSearch(Function f, double[] x, double f0, double[] g, double[] d, double slope0,
                                     double[] xNew, double[] gNew, Probe evaluations) {
        double prevStep = 0, prevF = f0, prevSlope = slope0;
        double step = 1;
        for (int i = 0; i < MAX_LINE_SEARCH; i++) {
            double fs = probe(f, x, d, step, xNew, gNew, evaluations);
            double slope = dot(gNew, d);
            if (fs > f0 + C1 * step * slope0 || (i > 0 && fs >= prevF)) {
                return zoom(f, x, f0, slope0, d, prevStep, prevF, prevSlope, step, fs, slope, xNew, gNew, evaluations);
            }
            if (Math.abs(slope) <= -C2 * slope0) {
                return step;
            }
            if (slope >= 0) {
                return zoom(f, x, f0, slope0, d, step, fs, slope, prevStep, prevF, prevSlope, xNew, gNew, evaluations);
            }
            prevStep = step;
            prevF = fs;
            prevSlope = slope;
            step *= 2;
        }
        return step;
    }

    private static double zoom(Function f, double[] x, double f0, double slope0, double[] d,
                               double lo, double fLo, double sLo, double hi, double fHi, double sHi,
                               double[] xNew, double[] gNew, Probe evaluations) {
        for (int i = 0; i < MAX_LINE_SEARCH; i++) {
            double step = cubicMinimizer(lo, fLo, sLo, hi, fHi, sHi);
            double fs = probe(f, x, d, step, xNew, gNew, evaluations);
            double slope = dot(gNew, d);
            if (fs > f0 + C1 * step * slope0 || fs >= fLo) {
                hi = step;
                fHi = fs;
                sHi = slope;
            } else {
                if (Math.abs(slope) <= -C2 * slope0) {
                    return step;
                }
                if (slope * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    sHi = sLo;
                }
                lo = step;
                fLo = fs;
                sLo = slope;
            }
            if (Math.abs(hi - lo) < 1e-16 * Math.max(1, Math.abs(lo))) {
                break;
            }
        }
        if (lo == 0) {
            return 0;
        }
        probe(f, x, d, lo, xNew, gNew, evaluations);   // best sufficient-decrease point seen
        return lo;
    }

    /** Minimiser of the cubic through (a, fa, sa) and (b, fb, sb), kept inside the interval away from its ends. */
    private static double cubicMinimizer(double a, double fa, double sa, double b, double fb, double sb) {
        double d1 = sa + sb - 3 * (fa - fb) / (a - b);
        double disc = d1 * d1 - sa * sb;
        double lo = Math.min(a, b), hi = Math.max(a, b), width = hi - lo;
        double t = Double.NaN;
        if (disc >= 0) {
            double d2 = Math.signum(b - a) * Math.sqrt(disc);
            t = b - (b - a) * (sb + d2 - d1) / (sb - sa + 2 * d2);
        }
        if (!(t >= lo + 0.1 * width && t <= hi - 0.1 * width)) {
            t = 0.5 * (lo + hi);
        }
        return t;
    }

    /** Evaluation count and the value at the latest probe (whose gradient is in gNew). */
    private static final class Probe {
        int count;
        double value;
    }

    private static double probe(Function f, double[] x, double[] d, double step, double[] xNew, double[] gNew,
                                Probe evaluations) {
        for (int i = 0; i < x.length; i++) {
            xNew[i] = x[i] + step * d[i];
        }
        evaluations.count++;
        evaluations.value = f.evaluate(xNew, gNew);
        return evaluations.value;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scale(double a, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }

    private static double norm2(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double normInf(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
