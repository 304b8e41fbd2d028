package org.operatorlab.operators.tensor;

/**
 * The error function to double precision (relative error near 1e-15), for the exact GELU.
 * |x| &lt;= 2.5: the everywhere-positive series erf(x) = 2/sqrt(pi) e<sup>-x^2</sup> sum 2<sup>n</sup> x<sup>2n+1</sup>/(2n+1)!!
 * (no cancellation); beyond: erfc by its Laplace continued fraction, evaluated bottom-up.
 */
public final class Erf {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final double INV_SQRT_PI = 1 / Math.sqrt(Math.PI);

    private Erf() {
    }

    public static double erf(double x) {
        double ax = Math.abs(x);
        if (ax <= 2.5) {
            double x2 = x * x;
            double term = x;
            double sum = x;
            for (int n = 1; n < 80; n++) {
                term *= 2 * x2 / (2 * n + 1);
                sum += term;
                if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
        }
        double r = 1 - erfcPositive(ax);
        return x < 0 ? -r : r;
    }

    /** erfc(x) for x &gt;= 2.5: e<sup>-x^2</sup>/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))). */
    private static double erfcPositive(double x) {
        if (x > 27) {
            return 0;
        }
        double f = x;
        for (int n = 60; n >= 1; n--) {
            f = x + 0.5 * n / f;
        }
        return INV_SQRT_PI * Math.exp(-x * x) / f;
    }
}
