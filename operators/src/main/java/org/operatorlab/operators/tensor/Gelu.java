package org.operatorlab.operators.tensor;

/**
 * The exact GELU x Phi(x), Phi(x) = erfc(-x / sqrt 2) / 2, and its slope Phi(x) + x phi(x), from one
 * Cody erf piece and one exponential per element: e<sup>-x^2/2</sup> is both phi(x) sqrt(2 pi) and the
 * factor that turns Cody's scaled erfc into erfc. (Without Cody's split of the exponent the relative
 * error of the tails grows to about x<sup>2</sup> 1e-16, far below float precision.)
 *
 * <p>The exponential is {@link #expNonPositive}, a polynomial written with the same operations as the
 * SIMD kernel {@link GeluVector}, so the block loops (SIMD when {@code jdk.incubator.vector} is present)
 * and these scalar formulas agree bit for bit.
 */
final class Gelu {
    static final double INV_SQRT2 = 1 / Math.sqrt(2);
    static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    /** Below this e^z is taken as 0 (e^-708.39 is the smallest normal double). */
    static final double EXP_MIN = -708;
    static final double LOG2E = 1.4426950408889634;
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1.5 * 2^52: adding and subtracting it rounds to the nearest integer (|v| &lt; 2^51). */
    static final double ROUNDER = 0x1.8p52;
    /** Taylor coefficients 1/k! of e^r, k = 13 down to 2 (|r| &lt;= ln2 / 2: truncation below 1e-17). */
    static final double[] EXP_COEFFS = taylor(13);

    private static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private Gelu() {
    }

    private static double[] taylor(int degree) {
        double[] c = new double[degree - 1];
        for (int k = degree; k >= 2; k--) {
            double f = 1;
            for (int j = 2; j <= k; j++) {
                f *= j;
            }
            c[degree - k] = 1 / f;
        }
        return c;
    }

    static double value(double x) {
        double t = x * INV_SQRT2;
        return x * cdf(t, Math.abs(t) <= Erf.SMALL ? 0 : expNonPositive(-(t * t)));
    }

    static double slope(double x) {
        double t = x * INV_SQRT2;
        double e = expNonPositive(-(t * t));
        return cdf(t, e) + x * INV_SQRT_2PI * e;
    }

    /** y[i] = gelu(x[i]) and, when dy is not null, dy[i] = gelu'(x[i]), for i &lt; n. */
    static void apply(double[] x, double[] y, double[] dy, int n) {
        applyScalar(x, y, dy, VECTOR ? GeluVector.apply(x, y, dy, n) : 0, n);
    }

    /** {@link #apply} on [from, to) by the scalar formulas. */
    static void applyScalar(double[] x, double[] y, double[] dy, int from, int to) {
        if (dy == null) {
            for (int i = from; i < to; i++) {
                y[i] = value(x[i]);
            }
            return;
        }
        for (int i = from; i < to; i++) {
            double xi = x[i];
            double t = xi * INV_SQRT2;
            double e = expNonPositive(-(t * t));
            double p = cdf(t, e);
            y[i] = xi * p;
            dy[i] = p + xi * INV_SQRT_2PI * e;
        }
    }

    /**
     * e<sup>z</sup> for z &lt;= 0 to about one ulp: z = k ln 2 + r with |r| &lt;= ln2 / 2, e<sup>r</sup> by its
     * Taylor polynomial (fused multiply-adds), times 2<sup>k</sup> built in the exponent bits; 0 below
     * {@link #EXP_MIN}. NaN stays NaN.
     */
    static double expNonPositive(double z) {
        if (z < EXP_MIN) {
            return 0;
        }
        double shifted = z * LOG2E + ROUNDER;
        double k = shifted - ROUNDER;
        double r = Math.fma(-k, LN2_HI, z);
        r = Math.fma(-k, LN2_LO, r);
        double p = EXP_COEFFS[0];
        for (int j = 1; j < EXP_COEFFS.length; j++) {
            p = Math.fma(p, r, EXP_COEFFS[j]);
        }
        p = Math.fma(p, r, 1);
        p = Math.fma(p, r, 1);
        long kBits = Double.doubleToRawLongBits(shifted) - Double.doubleToRawLongBits(ROUNDER);
        return p * Double.longBitsToDouble((kBits + 1023) << 52);
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
