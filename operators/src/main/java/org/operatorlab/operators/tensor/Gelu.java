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

    /** Whether the SIMD kernels can load. */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

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
        int done = VECTOR ? GeluVector.apply(x, y, dy != null ? dy : new double[n], n) : 0;
        applyScalar(x, y, dy, done, n);
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

    /**
     * Phi(t sqrt 2) given e = e<sup>-t^2</sup> (unused, may be anything, when |t| &lt;= Erf.SMALL). Cody's
     * rational functions, each ending in one division; the large-argument one is rewritten in s = t<sup>2</sup>
     * (numerator and denominator times s<sup>5</sup>) so that it also needs only one.
     */
    static double cdf(double t, double e) {
        double a = Math.abs(t);
        if (a <= Erf.SMALL) {
            double z = t * t;
            return 0.5 + 0.5 * (t * smallNum(z) / smallDen(z));
        }
        double ratio;
        if (a <= Erf.MID) {
            ratio = midNum(a) / midDen(a);
        } else {
            double c = Math.min(a, FAR_CLAMP);
            double s2 = c * c;
            double d = farDen(s2);
            ratio = (Erf.INV_SQRT_PI * s2 * d - farNum(s2)) / (s2 * d * c);
        }
        double tail = ratio * 0.5 * e;   // Phi of -|x|
        return t < 0 ? tail : 1 - tail;
    }

    /** Beyond this |t| the tail is 0 (e underflows); clamping keeps s<sup>5</sup> finite. */
    static final double FAR_CLAMP = 27;

    static double smallNum(double z) {
        return (((Erf.A4 * z + Erf.A0) * z + Erf.A1) * z + Erf.A2) * z + Erf.A3;
    }

    static double smallDen(double z) {
        return (((z + Erf.B0) * z + Erf.B1) * z + Erf.B2) * z + Erf.B3;
    }

    static double midNum(double y) {
        return (((((((Erf.C8 * y + Erf.C0) * y + Erf.C1) * y + Erf.C2) * y + Erf.C3) * y + Erf.C4) * y + Erf.C5) * y
                + Erf.C6) * y + Erf.C7;
    }

    static double midDen(double y) {
        return (((((((y + Erf.D0) * y + Erf.D1) * y + Erf.D2) * y + Erf.D3) * y + Erf.D4) * y + Erf.D5) * y + Erf.D6) * y
                + Erf.D7;
    }

    /** Cody's large-argument numerator (in 1/y<sup>2</sup>) times s<sup>5</sup>, s = y<sup>2</sup>. */
    static double farNum(double s) {
        return ((((Erf.P4 * s + Erf.P3) * s + Erf.P2) * s + Erf.P1) * s + Erf.P0) * s + Erf.P5;
    }

    /** Cody's large-argument denominator times s<sup>5</sup>. */
    static double farDen(double s) {
        return ((((Erf.Q4 * s + Erf.Q3) * s + Erf.Q2) * s + Erf.Q1) * s + Erf.Q0) * s + 1;
    }
}
