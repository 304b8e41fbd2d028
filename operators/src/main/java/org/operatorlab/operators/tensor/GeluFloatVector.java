package org.operatorlab.operators.tensor;

import static org.operatorlab.operators.tensor.Erf.*;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * GELU and its slope for float32 tensors in float arithmetic on SIMD lanes (twice the lanes of the
 * double kernel {@link GeluVector}), accurate to a few float ulps rather than to double precision:
 * loaded only when {@code jdk.incubator.vector} is present. Phi(x) = (1 + erf(t)) / 2, t = x / sqrt 2:
 * for |t| &lt;= 1/2 erf by its Taylor series to t<sup>13</sup>; beyond, the tail erfc(|t|) / 2 =
 * e<sup>-t^2</sup> R(|t|) / 2 with Cody's rational R (middle range up to 4, the large-argument one, in
 * t<sup>2</sup>, beyond; one shared division). e<sup>-t^2</sup> splits t<sup>2</sup> = x<sup>2</sup>/2 = hi + lo exactly
 * (an FMA gives lo) so that rounding t or t<sup>2</sup> does not cost relative accuracy, e<sup>-hi</sup> = 2<sup>k</sup> e<sup>r</sup>
 * with a degree-7 Taylor polynomial and 2<sup>k</sup> a product of exact powers of two; e underflows to 0
 * beyond t<sup>2</sup> = 87. One flat loop with static constants and no branch (see {@link GeluVector}).
 */
final class GeluFloatVector {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private static FloatVector v(double c) {
        return FloatVector.broadcast(S, (float) c);
    }

    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final FloatVector ONE = v(1), HALF = v(0.5), ZERO = v(0), INV_SQRT2 = v(Gelu.INV_SQRT2),
            INV_SQRT_2PI = v(Gelu.INV_SQRT_2PI), INV_SQRT_PI_V = v(INV_SQRT_PI), SMALL_T = v(0.5), MID_T = v(MID),
            CLAMP = v(10), UNDERFLOW = v(-87);
    /** erf(t) / t = 2/sqrt(pi) sum_n (-1)^n t^2n / (n! (2n + 1)), n = 6 .. 0. */
    private static final FloatVector S6 = v(TWO_OVER_SQRT_PI / (720.0 * 13)), S5 = v(-TWO_OVER_SQRT_PI / (120.0 * 11)),
            S4 = v(TWO_OVER_SQRT_PI / (24.0 * 9)), S3 = v(-TWO_OVER_SQRT_PI / (6.0 * 7)), S2 = v(TWO_OVER_SQRT_PI / (2.0 * 5)),
            S1 = v(-TWO_OVER_SQRT_PI / 3), S0 = v(TWO_OVER_SQRT_PI);
    private static final FloatVector VC0 = v(C0), VC1 = v(C1), VC2 = v(C2), VC3 = v(C3), VC4 = v(C4), VC5 = v(C5),
            VC6 = v(C6), VC7 = v(C7), VC8 = v(C8);
    private static final FloatVector VD0 = v(D0), VD1 = v(D1), VD2 = v(D2), VD3 = v(D3), VD4 = v(D4), VD5 = v(D5),
            VD6 = v(D6), VD7 = v(D7);
    private static final FloatVector VP0 = v(P0), VP1 = v(P1), VP2 = v(P2), VP3 = v(P3), VP4 = v(P4), VP5 = v(P5);
    private static final FloatVector VQ0 = v(Q0), VQ1 = v(Q1), VQ2 = v(Q2), VQ3 = v(Q3), VQ4 = v(Q4);
    /** e^r, |r| &lt;= ln2 / 2: 1/7! .. 1/2!. */
    private static final FloatVector E7 = v(1 / 5040.0), E6 = v(1 / 720.0), E5 = v(1 / 120.0), E4 = v(1 / 24.0),
            E3 = v(1 / 6.0), E2 = v(0.5);
    private static final FloatVector LOG2E = v(Gelu.LOG2E), ROUNDER = v(0x1.8p23), LN2_HI = v(0x1.62e4p-1),
            LN2_LO = v(Math.log(2) - 0x1.62e4p-1);
    private static final FloatVector N64 = v(64), N32 = v(32), N16 = v(16), N8 = v(8), N4 = v(4), N2 = v(2);
    private static final FloatVector W64 = v(0x1p-64), W32 = v(0x1p-32), W16 = v(0x1p-16), W8 = v(0x1p-8), W4 = v(0x1p-4),
            W2 = v(0x1p-2);

    private GeluFloatVector() {
    }

    /** y = gelu(x), dy = gelu'(x) on the whole vectors of [0, n) (arrays at offsets); returns the count done. */
    static int apply(float[] x, int xo, float[] y, int yo, float[] dy, int dyo, int n) {
        int end = S.loopBound(n);
        for (int i = 0; i < end; i += L) {
            FloatVector xv = FloatVector.fromArray(S, x, xo + i);
            FloatVector t = xv.mul(INV_SQRT2);
            FloatVector a = t.lanewise(VectorOperators.ABS).min(CLAMP);
            // e = exp(-t^2) with t^2 = x^2 / 2 = hi + lo exactly (from x: rounding t would cost 1e-5 at |t| = 8)
            FloatVector x2 = xv.mul(xv);
            FloatVector lo = xv.fma(xv, x2.neg()).mul(HALF);
            FloatVector hi = x2.mul(HALF);
            FloatVector z = hi.neg();
            FloatVector shifted = z.mul(LOG2E).add(ROUNDER);
            FloatVector m = shifted.sub(ROUNDER).neg();
            FloatVector r = m.fma(LN2_HI, z);
            r = m.fma(LN2_LO, r);
            FloatVector p = E7.fma(r, E6).fma(r, E5).fma(r, E4).fma(r, E3).fma(r, E2).fma(r, ONE).fma(r, ONE);
            VectorMask<Float> bit = m.compare(VectorOperators.GE, N64);
            FloatVector pow = ONE.blend(W64, bit);
            m = m.sub(ZERO.blend(N64, bit));
            bit = m.compare(VectorOperators.GE, N32);
            pow = pow.blend(pow.mul(W32), bit);
            m = m.sub(ZERO.blend(N32, bit));
            bit = m.compare(VectorOperators.GE, N16);
            pow = pow.blend(pow.mul(W16), bit);
            m = m.sub(ZERO.blend(N16, bit));
            bit = m.compare(VectorOperators.GE, N8);
            pow = pow.blend(pow.mul(W8), bit);
            m = m.sub(ZERO.blend(N8, bit));
            bit = m.compare(VectorOperators.GE, N4);
            pow = pow.blend(pow.mul(W4), bit);
            m = m.sub(ZERO.blend(N4, bit));
            bit = m.compare(VectorOperators.GE, N2);
            pow = pow.blend(pow.mul(W2), bit);
            m = m.sub(ZERO.blend(N2, bit));
            pow = pow.blend(pow.mul(HALF), m.compare(VectorOperators.GE, ONE));
            FloatVector e = p.mul(pow).mul(ONE.sub(lo)).blend(ZERO, z.compare(VectorOperators.LT, UNDERFLOW));
            // tail erfc(a) / 2 = e R(a) / 2: Cody's middle or large-argument ratio, one division
            FloatVector mNum = a.mul(VC8).add(VC0).mul(a).add(VC1).mul(a).add(VC2).mul(a).add(VC3).mul(a).add(VC4)
                    .mul(a).add(VC5).mul(a).add(VC6).mul(a).add(VC7);
            FloatVector mDen = a.add(VD0).mul(a).add(VD1).mul(a).add(VD2).mul(a).add(VD3).mul(a).add(VD4).mul(a).add(VD5)
                    .mul(a).add(VD6).mul(a).add(VD7);
            FloatVector aa = a.mul(a);
            FloatVector fDen0 = aa.mul(VQ4).add(VQ3).mul(aa).add(VQ2).mul(aa).add(VQ1).mul(aa).add(VQ0).mul(aa).add(ONE);
            FloatVector fNum0 = aa.mul(VP4).add(VP3).mul(aa).add(VP2).mul(aa).add(VP1).mul(aa).add(VP0).mul(aa).add(VP5);
            VectorMask<Float> far = a.compare(VectorOperators.GT, MID_T);
            FloatVector ratio = mNum.blend(INV_SQRT_PI_V.mul(aa).mul(fDen0).sub(fNum0), far)
                    .div(mDen.blend(aa.mul(fDen0).mul(a), far));
            FloatVector tail = ratio.mul(HALF).mul(e);
            // small range: 0.5 + 0.5 erf(t)
            FloatVector smallCdf = t.mul(S6.fma(aa, S5).fma(aa, S4).fma(aa, S3).fma(aa, S2).fma(aa, S1).fma(aa, S0))
                    .fma(HALF, HALF);
            FloatVector cdf = ONE.sub(tail).blend(tail, t.compare(VectorOperators.LT, ZERO))
                    .blend(smallCdf, a.compare(VectorOperators.LE, SMALL_T));
            xv.mul(cdf).intoArray(y, yo + i);
            cdf.add(xv.mul(INV_SQRT_2PI).mul(e)).intoArray(dy, dyo + i);
        }
        return end;
    }
}
