package org.operatorlab.operators.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Finite-difference gradient checks (float64) for every tensor operation. */
class TensorGradientTest {
    private static final double TOL = 1e-6;
    private final SplittableRandom rng = new SplittableRandom(7);

    private Tensor r(int... shape) {
        return GradientCheck.random(rng, shape);
    }

    /** Values bounded away from zero, for div and sqrt. */
    private Tensor positive(int... shape) {
        Tensor t = r(shape);
        for (int i = 0; i < t.size(); i++) {
            t.set(i, 0.5 + Math.abs(t.get(i)));
        }
        return t;
    }

    @Test
    void binaryOpsSameShape() {
        Tensor a = r(3, 4), b = positive(3, 4);
        GradientCheck.check(t -> t.add(a, b), TOL, a, b);
        GradientCheck.check(t -> t.sub(a, b), TOL, a, b);
        GradientCheck.check(t -> t.mul(a, b), TOL, a, b);
        GradientCheck.check(t -> t.div(a, b), TOL, a, b);
    }

    @Test
    void binaryOpsBroadcastTrailingLeadingAndScalar() {
        Tensor x = r(2, 3, 5);
        Tensor bias = positive(3, 1);     // per-channel, broadcast over batch and points
        Tensor row = positive(5);         // broadcast over leading axes
        Tensor scalar = positive();       // rank 0
        assertArrayEquals(new int[] {2, 3, 5}, Tape.noGrad().add(x, bias).shape());
        GradientCheck.check(t -> t.add(x, bias), TOL, x, bias);
        GradientCheck.check(t -> t.mul(x, row), TOL, x, row);
        GradientCheck.check(t -> t.div(bias, x), TOL, x, bias);
        GradientCheck.check(t -> t.sub(scalar, x), TOL, x, scalar);
        Tensor col = positive(2, 1, 1);
        GradientCheck.check(t -> t.mul(col, t.mul(x, row)), TOL, x, row, col);
    }

    @Test
    void broadcastValuesMatchExplicitLoop() {
        Tensor x = r(2, 3, 4), b = r(3, 1);
        Tensor y = Tape.noGrad().sub(x, b);
        for (int i = 0; i < 2; i++) {
            for (int c = 0; c < 3; c++) {
                for (int p = 0; p < 4; p++) {
                    assertEquals(x.at(i, c, p) - b.at(c, 0), y.at(i, c, p), 0);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Tape.noGrad().add(r(2, 3), r(4, 3)));
    }

    @Test
    void unaryFunctions() {
        Tensor x = r(4, 5);
        for (Activation f : new Activation[] {Activation.SQUARE, Activation.EXP, Activation.TANH, Activation.SIN,
                Activation.GELU, Activation.IDENTITY}) {
            GradientCheck.check(t -> t.apply(f, x), TOL, x);
        }
        Tensor p = positive(6);
        GradientCheck.check(t -> t.sqrt(p), TOL, p);
        GradientCheck.check(t -> t.affine(x, -1.5, 0.25), TOL, x);
        // ReLU away from its kink
        Tensor k = r(10);
        for (int i = 0; i < k.size(); i++) {
            k.set(i, k.get(i) + Math.signum(k.get(i)) * 0.1);
        }
        GradientCheck.check(t -> t.relu(k), TOL, k);
    }

    @Test
    void geluAtLargeArgumentsUsesTheErfcBranch() {
        Tensor x = Tensor.of(new double[] {-6, -3.1, 2.7, 4.5}, 4);
        GradientCheck.check(t -> t.gelu(x), TOL, x);
        assertEquals(4.5 * (1 - 0.5 * 6.795346249460e-06), Activation.GELU.value(4.5), 1e-14);
    }

    @Test
    void reductions() {
        Tensor x = r(2, 3, 4);
        GradientCheck.check(t -> t.sum(x), TOL, x);
        GradientCheck.check(t -> t.mean(x), TOL, x);
        GradientCheck.check(t -> t.sum(x, 1), TOL, x);
        GradientCheck.check(t -> t.mean(x, -1), TOL, x);
        GradientCheck.check(t -> t.mean(x, 0), TOL, x);
        assertEquals(sumOf(x) / 24, Tape.noGrad().mean(x).item(), 1e-15);
    }

    private static double sumOf(Tensor x) {
        double s = 0;
        for (int i = 0; i < x.size(); i++) {
            s += x.get(i);
        }
        return s;
    }

    @Test
    void matmulPlainBatchedAndSharedFactor() {
        Tensor a = r(3, 4), b = r(4, 5);
        GradientCheck.check(t -> t.matmul(a, b), TOL, a, b);
        Tensor ab = r(2, 3, 4), bb = r(2, 4, 5);
        GradientCheck.check(t -> t.matmul(ab, bb), TOL, ab, bb);
        GradientCheck.check(t -> t.matmul(ab, b), TOL, ab, b);
    }

    @Test
    void channelLinearWithAndWithoutBias() {
        Tensor x = r(2, 3, 7), w = r(4, 3), bias = r(4);
        GradientCheck.check(t -> t.channelLinear(x, w, bias), TOL, x, w, bias);
        GradientCheck.check(t -> t.channelLinear(x, w, null), TOL, x, w);
        Tensor y = Tape.noGrad().channelLinear(x, w, bias);
        double expected = bias.get(2);
        for (int c = 0; c < 3; c++) {
            expected += w.at(2, c) * x.at(1, c, 5);
        }
        assertEquals(expected, y.at(1, 2, 5), 1e-14);
    }

    @Test
    void shapeOperations() {
        Tensor x = r(2, 3, 4);
        GradientCheck.check(t -> t.reshape(x, 6, -1), TOL, x);
        GradientCheck.check(t -> t.permute(x, 2, 0, 1), TOL, x);
        GradientCheck.check(t -> t.transpose(x), TOL, x);
        GradientCheck.check(t -> t.slice(x, 1, 1, 3), TOL, x);
        GradientCheck.check(t -> t.slice(x, 0, 1, 2), TOL, x);
        Tensor y = r(2, 2, 4);
        GradientCheck.check(t -> t.concat(1, x, y), TOL, x, y);
        Tensor p = Tape.noGrad().permute(x, 2, 0, 1);
        assertEquals(x.at(1, 2, 3), p.at(3, 1, 2), 0);
        Tensor c = Tape.noGrad().concat(1, x, y);
        assertEquals(y.at(1, 1, 2), c.at(1, 4, 2), 0);
    }

    @Test
    void losses() {
        Tensor p = r(3, 5), y = r(3, 5);
        GradientCheck.check(t -> t.mse(p, y), TOL, p, y);
        GradientCheck.check(t -> t.relativeL2(p, y), TOL, p, y);
        double num = 0, den = 0, rel = 0;
        for (int b = 0; b < 3; b++) {
            num = 0;
            den = 0;
            for (int i = 0; i < 5; i++) {
                num += Math.pow(p.at(b, i) - y.at(b, i), 2);
                den += Math.pow(y.at(b, i), 2);
            }
            rel += Math.sqrt(num / den) / 3;
        }
        assertEquals(rel, Tape.noGrad().relativeL2(p, y).item(), 1e-14);
    }

    @Test
    void composedGraphReusesTensorsAndAccumulatesAcrossPasses() {
        Tensor x = r(3, 3);
        // x used three times: gradient contributions must add
        GradientCheck.check(t -> t.mul(t.tanh(t.matmul(x, x)), x), TOL, x);
        Tensor w = r(2).requiresGrad(true);
        for (int pass = 0; pass < 2; pass++) {
            Tape tape = Tape.recording();
            tape.backward(tape.sum(tape.mul(w, w)));
        }
        assertEquals(4 * w.get(1), w.grad().get(1), 1e-15, "two passes accumulate 2 * 2w");
    }

    @Test
    void noGradTapeRecordsNothing() {
        Tensor w = r(2, 2).requiresGrad(true);
        Tape eval = Tape.noGrad();
        Tensor y = eval.sum(eval.mul(w, w));
        assertEquals(0, eval.size());
        assertThrows(IllegalStateException.class, () -> eval.backward(y));
        Tape rec = Tape.recording();
        rec.sum(rec.mul(w, w));
        assertEquals(2, rec.size());
    }
}
