package org.operatorlab.operators.tensor;

import static org.operatorlab.operators.tensor.Erf.*;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Gelu#apply} on SIMD lanes (loaded only when {@code jdk.incubator.vector} is present). Every lane
 * runs exactly the scalar operations of {@link Gelu} (same order, same fused multiply-adds), so results
 * equal the scalar ones bit for bit. Each lane evaluates all three of Cody's rational functions, and the
 * one division is shared: numerators and denominators are picked per lane first.
 *
 * <p>The exponential's 2<sup>k</sup> is a product of exact powers of two chosen by comparisons, not the
 * exponent-bit construction of the scalar code (JDK 17 does not compile the lane reinterpretation); the
 * value is the same (k &gt;= -1021 keeps every partial product normal; below, e is 0 as in the scalar code).
 * The loop has no branch: a rarely taken one makes HotSpot recompile the kernel again and again.
 *
 * <p>Written as one flat loop with its constants broadcast once before it: helper methods, loops and
 * scalar operands inside the loop nest or merge Vector API values in ways HotSpot does not compile to
 * registers, and such vectors are boxed on the heap (several times slower).
 */
final class GeluVector {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private static final DoubleVector one = v(1), half = v(0.5), zero = v(0), invSqrt2 = v(Gelu.INV_SQRT2),
                invSqrt2Pi = v(Gelu.INV_SQRT_2PI), invSqrtPi = v(INV_SQRT_PI), small = v(SMALL), mid = v(MID),
                farClamp = v(Gelu.FAR_CLAMP), expMin = v(Gelu.EXP_MIN);
    private static final DoubleVector a0 = v(A0), a1 = v(A1), a2 = v(A2), a3 = v(A3), a4 = v(A4);
    private static final DoubleVector b0 = v(B0), b1 = v(B1), b2 = v(B2), b3 = v(B3);
    private static final DoubleVector c0 = v(C0), c1 = v(C1), c2 = v(C2), c3 = v(C3), c4 = v(C4), c5 = v(C5), c6 = v(C6), c7 = v(C7),
                c8 = v(C8);
    private static final DoubleVector d0 = v(D0), d1 = v(D1), d2 = v(D2), d3 = v(D3), d4 = v(D4), d5 = v(D5), d6 = v(D6), d7 = v(D7);
    private static final DoubleVector p0 = v(P0), p1 = v(P1), p2 = v(P2), p3 = v(P3), p4 = v(P4), p5 = v(P5);
    private static final DoubleVector q0 = v(Q0), q1 = v(Q1), q2 = v(Q2), q3 = v(Q3), q4 = v(Q4);
    private static final DoubleVector e13 = v(Gelu.EXP_COEFFS[0]), e12 = v(Gelu.EXP_COEFFS[1]), e11 = v(Gelu.EXP_COEFFS[2]), e10 = v(Gelu.EXP_COEFFS[3]), e9 = v(Gelu.EXP_COEFFS[4]), e8 = v(Gelu.EXP_COEFFS[5]),
                e7 = v(Gelu.EXP_COEFFS[6]), e6 = v(Gelu.EXP_COEFFS[7]), e5 = v(Gelu.EXP_COEFFS[8]), e4 = v(Gelu.EXP_COEFFS[9]), e3 = v(Gelu.EXP_COEFFS[10]), e2 = v(Gelu.EXP_COEFFS[11]);
    private static final DoubleVector log2e = v(Gelu.LOG2E), rounder = v(Gelu.ROUNDER), ln2hi = v(Gelu.LN2_HI), ln2lo = v(Gelu.LN2_LO);
    private static final DoubleVector n512 = v(512), n256 = v(256), n128 = v(128), n64 = v(64), n32 = v(32), n16 = v(16), n8 = v(8), n4 = v(4), n2 = v(2);
    private static final DoubleVector w512 = v(0x1p-512), w256 = v(0x1p-256), w128 = v(0x1p-128), w64 = v(0x1p-64), w32 = v(0x1p-32), w16 = v(0x1p-16), w8 = v(0x1p-8), w4 = v(0x1p-4),
                w2 = v(0x1p-2);

    private GeluVector() {
    }

    private static DoubleVector v(double c) {
        return DoubleVector.broadcast(S, c);
    }

    /** Does the whole vectors of [0, n), slopes included (dy not null), and returns where the scalar tail starts. */
    static int apply(double[] x, double[] y, double[] dy, int n) {
        int end = S.loopBound(n);
        for (int i = 0; i < end; i += L) {
            DoubleVector xv = DoubleVector.fromArray(S, x, i);
            DoubleVector t = xv.mul(invSqrt2);
            DoubleVector a = t.lanewise(VectorOperators.ABS);
            // e = exp(-t^2) as Gelu.expNonPositive; m = -k in 0..1021 where it matters (z >= EXP_MIN)
            DoubleVector z = t.mul(t).neg();
            DoubleVector shifted = z.mul(log2e).add(rounder);
            DoubleVector m = shifted.sub(rounder).neg();
            DoubleVector r = m.fma(ln2hi, z);
            r = m.fma(ln2lo, r);
            DoubleVector p = e13.fma(r, e12).fma(r, e11).fma(r, e10).fma(r, e9).fma(r, e8).fma(r, e7).fma(r, e6)
                    .fma(r, e5).fma(r, e4).fma(r, e3).fma(r, e2).fma(r, one).fma(r, one);
            VectorMask<Double> bit = m.compare(VectorOperators.GE, n512);
            DoubleVector pow = one.blend(w512, bit);
            m = m.sub(zero.blend(n512, bit));
            bit = m.compare(VectorOperators.GE, n256);
            pow = pow.blend(pow.mul(w256), bit);
            m = m.sub(zero.blend(n256, bit));
            bit = m.compare(VectorOperators.GE, n128);
            pow = pow.blend(pow.mul(w128), bit);
            m = m.sub(zero.blend(n128, bit));
            bit = m.compare(VectorOperators.GE, n64);
            pow = pow.blend(pow.mul(w64), bit);
            m = m.sub(zero.blend(n64, bit));
            bit = m.compare(VectorOperators.GE, n32);
            pow = pow.blend(pow.mul(w32), bit);
            m = m.sub(zero.blend(n32, bit));
            bit = m.compare(VectorOperators.GE, n16);
            pow = pow.blend(pow.mul(w16), bit);
            m = m.sub(zero.blend(n16, bit));
            bit = m.compare(VectorOperators.GE, n8);
            pow = pow.blend(pow.mul(w8), bit);
            m = m.sub(zero.blend(n8, bit));
            bit = m.compare(VectorOperators.GE, n4);
            pow = pow.blend(pow.mul(w4), bit);
            m = m.sub(zero.blend(n4, bit));
            bit = m.compare(VectorOperators.GE, n2);
            pow = pow.blend(pow.mul(w2), bit);
            m = m.sub(zero.blend(n2, bit));
            pow = pow.blend(pow.mul(half), m.compare(VectorOperators.GE, one));
            DoubleVector e = p.mul(pow).blend(zero, z.compare(VectorOperators.LT, expMin));
            // Cody's three ratios (Gelu.cdf), one shared division
            DoubleVector t2 = t.mul(t);
            DoubleVector sNum = t.mul(t2.mul(a4).add(a0).mul(t2).add(a1).mul(t2).add(a2).mul(t2).add(a3));
            DoubleVector sDen = t2.add(b0).mul(t2).add(b1).mul(t2).add(b2).mul(t2).add(b3);
            DoubleVector mNum = a.mul(c8).add(c0).mul(a).add(c1).mul(a).add(c2).mul(a).add(c3).mul(a).add(c4)
                    .mul(a).add(c5).mul(a).add(c6).mul(a).add(c7);
            DoubleVector mDen = a.add(d0).mul(a).add(d1).mul(a).add(d2).mul(a).add(d3).mul(a).add(d4).mul(a).add(d5)
                    .mul(a).add(d6).mul(a).add(d7);
            DoubleVector c = a.min(farClamp);
            DoubleVector s2 = c.mul(c);
            DoubleVector fDen0 = s2.mul(q4).add(q3).mul(s2).add(q2).mul(s2).add(q1).mul(s2).add(q0).mul(s2).add(one);
            DoubleVector fNum0 = s2.mul(p4).add(p3).mul(s2).add(p2).mul(s2).add(p1).mul(s2).add(p0).mul(s2).add(p5);
            DoubleVector fNum = invSqrtPi.mul(s2).mul(fDen0).sub(fNum0);
            DoubleVector fDen = s2.mul(fDen0).mul(c);
            VectorMask<Double> isSmall = a.compare(VectorOperators.LE, small);
            VectorMask<Double> isFar = a.compare(VectorOperators.GT, mid);
            DoubleVector ratio = mNum.blend(fNum, isFar).blend(sNum, isSmall)
                    .div(mDen.blend(fDen, isFar).blend(sDen, isSmall));
            DoubleVector tail = ratio.mul(half).mul(e);
            DoubleVector cdf = one.sub(tail).blend(tail, t.compare(VectorOperators.LT, zero))
                    .blend(ratio.mul(half).add(half), isSmall);
            xv.mul(cdf).intoArray(y, i);
            cdf.add(xv.mul(invSqrt2Pi).mul(e)).intoArray(dy, i);
        }
        return end;
    }
}
