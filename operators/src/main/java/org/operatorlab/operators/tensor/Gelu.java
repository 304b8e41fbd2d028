package org.operatorlab.operators.tensor;

/**
 * The exact GELU x Phi(x), Phi(x) = erfc(-x / sqrt 2) / 2, and its slope Phi(x) + x phi(x), from one
 * Cody erf piece and one exponential per element: e<sup>-x^2/2</sup> is both phi(x) sqrt(2 pi) and the
 * factor that turns Cody's scaled erfc into erfc. (Without Cody's split of the exponent the relative
 * error of the tails grows to about x<sup>2</sup> 1e-16, far below float precision.)
 */
final class Gelu {
    private static final double INV_SQRT2 = 1 / Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private Gelu() {
    }

    static double value(double x) {
        double t = x * INV_SQRT2;
        return x * cdf(t, Math.abs(t) <= Erf.SMALL ? 0 : Math.exp(-t * t));
    }

    static double slope(double x) {
        double t = x * INV_SQRT2;
        double e = Math.exp(-t * t);
        return cdf(t, e) + x * INV_SQRT_2PI * e;
    }

    /** y[i] = gelu(x[i]) and, when dy is not null, dy[i] = gelu'(x[i]), for i &lt; n. */
    static void apply(double[] x, double[] y, double[] dy, int n) {
        if (dy == null) {
            for (int i = 0; i < n; i++) {
                y[i] = value(x[i]);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            double t = xi * INV_SQRT2;
            double e = Math.exp(-t * t);
            double p = cdf(t, e);
            y[i] = xi * p;
            dy[i] = p + xi * INV_SQRT_2PI * e;
        }
    }

    /** Phi(t sqrt 2) given e = e<sup>-t^2</sup> (unused, may be anything, when |t| &lt;= Erf.SMALL). */
    private static double cdf(double t, double e) {
        double a = Math.abs(t);
        if (a <= Erf.SMALL) {
            return 0.5 + 0.5 * Erf.erfSmall(t);
        }
        double tail = 0.5 * Erf.erfcScaled(a) * e;   // Phi of -|x|
        return t < 0 ? tail : 1 - tail;
    }
}
