package org.operatorlab.operators.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** GELU against high-precision values; threaded elementwise kernels against one thread, bit for bit. */
class ElementwiseKernelTest {
    /** Large enough to be split across threads, and not a multiple of the block. */
    private static final int N = 300_001;

    /** x, GELU(x) = x Phi(x), GELU'(x) = Phi(x) + x phi(x), from mpmath at 40 digits. */
    private static final double[][] GELU = {
        {-6.0, -5.9195258702261885e-09, -3.5468709453902015e-08},
        {-3.0, -0.0040496940948902835, -0.011945647204183927},
        {-1.0, -0.15865525393145705, -0.0833154705876863},
        {-0.5, -0.15426876936299344, 0.13250487534383715},
        {0.25, 0.14967658142073093, 0.695373354883636},
        {0.6, 0.4354481293499558, 0.9256816439850062},
        {2.0, 1.9544997361036416, 1.085231801078197},
        {5.0, 4.999998566742141, 1.000007146946002},
    };

    @Test
    void geluValueAndSlopeMatchHighPrecision() {
        double[] x = new double[GELU.length], y = new double[x.length], dy = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = GELU[i][0];
        }
        Gelu.apply(x, y, dy, x.length);
        for (int i = 0; i < x.length; i++) {
            double[] r = GELU[i];
            assertEquals(r[1], Activation.GELU.value(r[0]), 1e-14 * Math.abs(r[1]), "gelu(" + r[0] + ")");
            assertEquals(r[2], Activation.GELU.derivative(r[0], 0), 1e-14 * Math.abs(r[2]), "gelu'(" + r[0] + ")");
            assertEquals(Activation.GELU.value(r[0]), y[i], 0, "block gelu(" + r[0] + ")");
            assertEquals(Activation.GELU.derivative(r[0], 0), dy[i], 0, "block gelu'(" + r[0] + ")");
        }
    }

    /**
     * The GELU block kernel (SIMD lanes when the Vector API is present) against the scalar formulas, bit for
     * bit, across Cody's three ranges, both signs, the exponential's underflow cut-off and NaN; and its
     * own exponential against Math.exp.
     */
    @Test
    void geluBlockKernelEqualsScalarFormulasOnEveryRange() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 4099;
        double[] x = new double[n], y = new double[n], dy = new double[n], y2 = new double[n];
        double[] scales = {0.3, 1, 3, 8, 12, 60};
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble(-1, 1) * scales[(i / 7) % scales.length];
        }
        x[5] = Double.NaN;
        x[6] = 0;
        x[7] = -0.0;
        Gelu.apply(x, y, dy, n);
        Gelu.apply(x, y2, null, n);
        for (int i = 0; i < n; i++) {
            assertEquals(Gelu.value(x[i]), y[i], 0, "gelu(" + x[i] + ")");
            assertEquals(Gelu.value(x[i]), y2[i], 0, "gelu(" + x[i] + ") without slope");
            assertEquals(Gelu.slope(x[i]), dy[i], 0, "gelu'(" + x[i] + ")");
        }
        for (int i = 0; i < 100_000; i++) {
            double z = -rng.nextDouble() * (i % 2 == 0 ? 1 : 708);
            assertEquals(Math.exp(z), Gelu.expNonPositive(z), 2 * Math.ulp(Math.exp(z)), "exp(" + z + ")");
        }
        assertEquals(0, Gelu.expNonPositive(-709), 0);
        assertEquals(1, Gelu.expNonPositive(0), 0);
    }

    /**
     * Float32 GELU (its own float kernel when the Vector API is present) against the double formulas:
     * values within 8 float ulps, slopes within 8 ulps plus 3e-7 (the slope cancels to 0 near x = -0.75),
     * across all ranges, the exponential's underflow and large |x|.
     */
    @Test
    void float32GeluIsAccurateToFloatRoundOff() {
        SplittableRandom rng = new SplittableRandom(8);
        int n = 20_011;
        float[] x = new float[n];
        double[] scales = {0.1, 0.5, 1, 2, 4, 8, 14, 40, 1e4};
        for (int i = 0; i < n; i++) {
            x[i] = (float) (rng.nextDouble(-1, 1) * scales[i % scales.length]);
        }
        Tensor xt = Tensor.of(x, n).requiresGrad(true);
        Tape tape = Tape.recording();
        Tensor y = tape.gelu(xt);
        tape.backward(tape.sum(y));
        for (int i = 0; i < n; i++) {
            double value = Gelu.value(x[i]), slope = Gelu.slope(x[i]);
            assertEquals(value, y.get(i), 8 * Math.ulp((float) value) + 1e-37, "gelu(" + x[i] + ")");
            assertEquals(slope, xt.grad().get(i), 8 * Math.ulp((float) slope) + 3e-7, "gelu'(" + x[i] + ")");
        }
    }

    @Test
    void blockLoopsAgreeWithTheScalarFormulas() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 257;
        double[] x = new double[n], y = new double[n], dy = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.1 + 4 * rng.nextDouble() * (i % 3 == 0 ? 1 : 0.5);
        }
        for (Activation f : Activation.values()) {
            ActivationKernels.values(f, x, y, null, n);
            ActivationKernels.slopes(f, x, y, dy, n);
            for (int i = 0; i < n; i++) {
                assertEquals(f.value(x[i]), y[i], 0, f + " value at " + x[i]);
                assertEquals(f.derivative(x[i], y[i]), dy[i], 0, f + " derivative at " + x[i]);
            }
        }
    }

    @Test
    void threadedUnaryForwardAndBackwardAreBitIdentical() {
        for (DType dtype : DType.values()) {
            for (Activation f : Activation.values()) {
                Tensor x = randomPositive(dtype, 5);
                assertSameOnOneAndTwoThreads(t -> t.apply(f, x), x);
            }
            Tensor x = randomPositive(dtype, 6);
            assertSameOnOneAndTwoThreads(t -> t.affine(x, -1.7, 0.3), x);
        }
    }

    @Test
    void threadedBinaryForwardAndBackwardAreBitIdentical() {
        for (DType dtype : DType.values()) {
            Tensor a = randomPositive(dtype, 1), b = randomPositive(dtype, 2);
            assertSameOnOneAndTwoThreads(t -> t.add(a, b), a, b);
            assertSameOnOneAndTwoThreads(t -> t.sub(a, b), a, b);
            assertSameOnOneAndTwoThreads(t -> t.mul(a, b), a, b);
            assertSameOnOneAndTwoThreads(t -> t.div(a, b), a, b);
        }
    }

    /** A mixed-precision product goes through the same loops and takes float64. */
    @Test
    void mixedPrecisionProductIsFloat64AndExact() {
        Tensor a = randomPositive(DType.FLOAT32, 3), b = randomPositive(DType.FLOAT64, 4);
        Tensor p = Tape.noGrad().mul(a, b);
        assertEquals(DType.FLOAT64, p.dtype());
        for (int i = 0; i < N; i += 9973) {
            assertEquals(a.get(i) * b.get(i), p.get(i), 0);
        }
    }

    private static Tensor randomPositive(DType dtype, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Tensor t = Tensor.zeros(dtype, 3, N / 3 + 1);
        for (int i = 0; i < t.size(); i++) {
            t.set(i, 0.2 + 3 * rng.nextDouble());
        }
        return t;
    }

    /**
     * Runs {@code f} and a backward pass of sum(f * w) (w fixed, so every gradient element differs) on
     * one thread and on two, and compares outputs and input gradients bit for bit.
     */
    private static void assertSameOnOneAndTwoThreads(Function<Tape, Tensor> f, Tensor... inputs) {
        double[][] one = run(f, 1, inputs), two = run(f, 2, inputs);
        for (int i = 0; i < one.length; i++) {
            assertArrayEquals(one[i], two[i], 0, i == 0 ? "output" : "gradient of input " + (i - 1));
        }
    }

    private static double[][] run(Function<Tape, Tensor> f, int threads, Tensor... inputs) {
        Tape tape = new Tape(true, Gemm.defaults().withThreads(threads));
        for (Tensor in : inputs) {
            in.requiresGrad(true).zeroGrad();
        }
        Tensor out = f.apply(tape);
        Tensor w = Tensor.zerosLike(out);
        for (int i = 0; i < w.size(); i++) {
            w.set(i, 1 + (i % 7) * 0.25);
        }
        tape.backward(tape.sum(tape.mul(out, w)));
        double[][] result = new double[1 + inputs.length][];
        result[0] = out.toDoubleArray();
        for (int i = 0; i < inputs.length; i++) {
            result[1 + i] = inputs[i].grad().toDoubleArray();
        }
        return result;
    }
}
