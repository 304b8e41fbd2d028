package org.operatorlab.operators.tensor;

/**
 * The error function and its complement to double precision (relative error near 1e-16), by
 * W. J. Cody's rational Chebyshev approximations (Math. Comp. 23, 1969, 631-637; the coefficients
 * of his CALERF routine): erf on |x| &lt;= 0.46875; erfc(y) e<sup>y^2</sup> as a rational function
 * of y on (0.46875, 4] and of 1/y<sup>2</sup> beyond. No loops over terms, a few dozen flops and one
 * or two exponentials. The scaled pieces (and their coefficients) are open to the package so GELU can
 * share its exponential with its derivative, and its SIMD kernel can evaluate the same rational functions.
 */
public final class Erf {
    /** Below this |x| erf is a rational function of x<sup>2</sup> alone. */
    static final double SMALL = 0.46875;
    static final double MID = 4;
    /** erfc(x) underflows to zero beyond this (Cody's XBIG). */
    private static final double BIG = 26.543;
    static final double INV_SQRT_PI = 5.6418958354775628695e-1;

    static final double A0 = 3.16112374387056560e00, A1 = 1.13864154151050156e02,
            A2 = 3.77485237685302021e02, A3 = 3.20937758913846947e03, A4 = 1.85777706184603153e-1;
    static final double B0 = 2.36012909523441209e01, B1 = 2.44024637934444173e02,
            B2 = 1.28261652607737228e03, B3 = 2.84423683343917062e03;
    static final double C0 = 5.64188496988670089e-1, C1 = 8.88314979438837594e00,
            C2 = 6.61191906371416295e01, C3 = 2.98635138197400131e02, C4 = 8.81952221241769090e02,
            C5 = 1.71204761263407058e03, C6 = 2.05107837782607147e03, C7 = 1.23033935479799725e03,
            C8 = 2.15311535474403846e-8;
    static final double D0 = 1.57449261107098347e01, D1 = 1.17693950891312499e02,
            D2 = 5.37181101862009858e02, D3 = 1.62138957456669019e03, D4 = 3.29079923573345963e03,
            D5 = 4.36261909014324716e03, D6 = 3.43936767414372164e03, D7 = 1.23033935480374942e03;
    static final double P0 = 3.05326634961232344e-1, P1 = 3.60344899949804439e-1,
            P2 = 1.25781726111229246e-1, P3 = 1.60837851487422766e-2, P4 = 6.58749161529837803e-4,
            P5 = 1.63153871373020978e-2;
    static final double Q0 = 2.56852019228982242e00, Q1 = 1.87295284992346047e00,
            Q2 = 5.27905102951428412e-1, Q3 = 6.05183413124413191e-2, Q4 = 2.33520497626869185e-3;

    private Erf() {
    }

    public static double erf(double x) {
        double y = Math.abs(x);
        if (y <= SMALL) {
            return erfSmall(x);
        }
        double r = 0.5 - erfcPositive(y) + 0.5;   // Cody's order: exact for erfc near 1/2
        return x < 0 ? -r : r;
    }

    /** 1 - erf(x), without the cancellation of computing it so for large x. */
    public static double erfc(double x) {
        double y = Math.abs(x);
        if (y <= SMALL) {
            return 0.5 - erfSmall(x) + 0.5;
        }
        double r = erfcPositive(y);
        return x < 0 ? 2 - r : r;
    }

    /** erf(x) for |x| &lt;= {@link #SMALL}. */
    static double erfSmall(double x) {
        double z = x * x;
        double num = (((A4 * z + A0) * z + A1) * z + A2) * z + A3;
        double den = (((z + B0) * z + B1) * z + B2) * z + B3;
        return x * num / den;
    }

    /** erfc(y) e<sup>y^2</sup> for y &gt; {@link #SMALL}. */
    static double erfcScaled(double y) {
        if (y <= MID) {
            double num = (((((((C8 * y + C0) * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y + C7;
            double den = (((((((y + D0) * y + D1) * y + D2) * y + D3) * y + D4) * y + D5) * y + D6) * y + D7;
            return num / den;
        }
        double z = 1 / (y * y);
        double num = ((((P5 * z + P0) * z + P1) * z + P2) * z + P3) * z + P4;
        double den = ((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4;
        return (INV_SQRT_PI - z * num / den) / y;
    }

    /**
     * erfc(y) for y &gt; {@link #SMALL}. e<sup>-y^2</sup> is split as e<sup>-s^2</sup> e<sup>-(y-s)(y+s)</sup>
     * with s = y rounded down to 1/16 (s<sup>2</sup> exact), so the rounding of y<sup>2</sup> does not
     * cost relative accuracy at large y.
     */
    private static double erfcPositive(double y) {
        if (y >= BIG) {
            return 0;
        }
        double s = Math.floor(16 * y) / 16;
        double del = (y - s) * (y + s);
        return Math.exp(-s * s) * Math.exp(-del) * erfcScaled(y);
    }
}
