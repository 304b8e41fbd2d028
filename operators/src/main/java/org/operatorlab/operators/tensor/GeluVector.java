package org.operatorlab.operators.tensor;

import static org.operatorlab.operators.tensor.Erf.*;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Gelu#apply} on SIMD lanes (loaded only when {@code jdk.incubator.vector} is present). Every lane
 * runs exactly the scalar operations of {@link Gelu} and {@link Erf} (same order, same fused
 * multiply-adds), so results equal the scalar ones bit for bit.
 *
 * <p>The exponential's 2<sup>k</sup> is a product of exact powers of two chosen by comparisons, not the
 * exponent-bit construction of the scalar code (JDK 17 does not compile the lane reinterpretation);
 * the value is the same. Written as one flat loop with its constants broadcast once before it: helper methods and scalar
 * operands inside the loop nest the Vector API calls deeper than HotSpot inlines, and a vector that is
 * not inlined is boxed on the heap (10x slower).
 */
final class GeluVector {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private GeluVector() {
    }

    private static DoubleVector v(double c) {
        return DoubleVector.broadcast(S, c);
    }

    /**
     * Does the whole vectors of [0, n) and returns where the scalar tail starts. A vector with a lane
     * beyond Cody's middle range (|x| &gt; 4 sqrt 2, rare) is done by the scalar formulas instead; the
     * others evaluate both remaining ranges and pick per lane (no vector is merged across branches:
     * such merges also box).
     */
    static int apply(double[] x, double[] y, double[] dy, int n) {
        DoubleVector one = v(1), half = v(0.5), invSqrt2 = v(Gelu.INV_SQRT2), invSqrt2Pi = v(Gelu.INV_SQRT_2PI);
        DoubleVector a0 = v(A0), a1 = v(A1), a2 = v(A2), a3 = v(A3), a4 = v(A4);
        DoubleVector b0 = v(B0), b1 = v(B1), b2 = v(B2), b3 = v(B3);
        DoubleVector c0 = v(C0), c1 = v(C1), c2 = v(C2), c3 = v(C3), c4 = v(C4), c5 = v(C5), c6 = v(C6), c7 = v(C7),
                c8 = v(C8);
        DoubleVector d0 = v(D0), d1 = v(D1), d2 = v(D2), d3 = v(D3), d4 = v(D4), d5 = v(D5), d6 = v(D6), d7 = v(D7);
        double[] ec = Gelu.EXP_COEFFS;   // 1/13! .. 1/2!
        DoubleVector e13 = v(ec[0]), e12 = v(ec[1]), e11 = v(ec[2]), e10 = v(ec[3]), e9 = v(ec[4]), e8 = v(ec[5]),
                e7 = v(ec[6]), e6 = v(ec[7]), e5 = v(ec[8]), e4 = v(ec[9]), e3 = v(ec[10]), e2 = v(ec[11]);
        DoubleVector log2e = v(Gelu.LOG2E), rounder = v(Gelu.ROUNDER), ln2hi = v(Gelu.LN2_HI), ln2lo = v(Gelu.LN2_LO);
        DoubleVector zero = v(0), small = v(SMALL), mid = v(MID);
        DoubleVector two = v(2), four = v(4), eight = v(8), sixteen = v(16);
        DoubleVector twoM2 = v(0x1p-2), twoM4 = v(0x1p-4), twoM8 = v(0x1p-8), twoM16 = v(0x1p-16);
        int end = S.loopBound(n);
        for (int i = 0; i < end; i += L) {
            DoubleVector xv = DoubleVector.fromArray(S, x, i);
            DoubleVector t = xv.mul(invSqrt2);
            DoubleVector a = t.lanewise(VectorOperators.ABS);
            if (a.compare(VectorOperators.GT, mid).anyTrue()) {
                Gelu.applyScalar(x, y, dy, i, i + L);
                continue;
            }
            // e = exp(-t^2) as Gelu.expNonPositive
            DoubleVector z = t.mul(t).neg();
            DoubleVector shifted = z.mul(log2e).add(rounder);
            DoubleVector k = shifted.sub(rounder).neg();
            DoubleVector r = k.fma(ln2hi, z);
            r = k.fma(ln2lo, r);
            DoubleVector p = e13.fma(r, e12).fma(r, e11).fma(r, e10).fma(r, e9).fma(r, e8).fma(r, e7).fma(r, e6)
                    .fma(r, e5).fma(r, e4).fma(r, e3).fma(r, e2).fma(r, one).fma(r, one);
            // 2^k for k = -m, m in 0..23 (|t| <= 4, so z >= -16): a product of exact powers of two, picked bit by bit
            DoubleVector m = k;
            DoubleVector pow = one;
            VectorMask<Double> bit = m.compare(VectorOperators.GE, sixteen);
            pow = pow.blend(pow.mul(twoM16), bit);
            m = m.sub(zero.blend(sixteen, bit));
            bit = m.compare(VectorOperators.GE, eight);
            pow = pow.blend(pow.mul(twoM8), bit);
            m = m.sub(zero.blend(eight, bit));
            bit = m.compare(VectorOperators.GE, four);
            pow = pow.blend(pow.mul(twoM4), bit);
            m = m.sub(zero.blend(four, bit));
            bit = m.compare(VectorOperators.GE, two);
            pow = pow.blend(pow.mul(twoM2), bit);
            m = m.sub(zero.blend(two, bit));
            pow = pow.blend(pow.mul(half), m.compare(VectorOperators.GE, one));
            DoubleVector e = p.mul(pow);
            // Cody's middle range: erfc(a) e^{a^2}, then the tail Phi(-|x|)
            DoubleVector num = a.mul(c8).add(c0).mul(a).add(c1).mul(a).add(c2).mul(a).add(c3).mul(a).add(c4)
                    .mul(a).add(c5).mul(a).add(c6).mul(a).add(c7);
            DoubleVector den = a.add(d0).mul(a).add(d1).mul(a).add(d2).mul(a).add(d3).mul(a).add(d4).mul(a).add(d5)
                    .mul(a).add(d6).mul(a).add(d7);
            DoubleVector tail = num.div(den).mul(half).mul(e);
            // Cody's small range: 0.5 + 0.5 erf(t)
            DoubleVector t2 = t.mul(t);
            DoubleVector sNum = t2.mul(a4).add(a0).mul(t2).add(a1).mul(t2).add(a2).mul(t2).add(a3);
            DoubleVector sDen = t2.add(b0).mul(t2).add(b1).mul(t2).add(b2).mul(t2).add(b3);
            DoubleVector smallCdf = t.mul(sNum).div(sDen).mul(half).add(half);
            DoubleVector cdf = one.sub(tail).blend(tail, t.compare(VectorOperators.LT, zero))
                    .blend(smallCdf, a.compare(VectorOperators.LE, small));
            xv.mul(cdf).intoArray(y, i);
            if (dy != null) {
                cdf.add(xv.mul(invSqrt2Pi).mul(e)).intoArray(dy, i);
            }
        }
        return end;
    }
}
