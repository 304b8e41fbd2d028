package org.operatorlab.operators.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Compares reverse-mode gradients with central finite differences in float64. The checked function's
 * output is projected onto fixed random weights R, L = sum(R * f(inputs)), so every output element
 * influences the check.
 */
public final class GradientCheck {
    private static final double STEP = 1e-6;

    private GradientCheck() {
    }

    public static Tensor random(SplittableRandom rng, int... shape) {
        Tensor t = Tensor.zeros(DType.FLOAT64, shape);
        for (int i = 0; i < t.size(); i++) {
            t.set(i, rng.nextDouble(-1, 1));
        }
        return t;
    }

    /** Checks d/d(inputs) of f; returns the largest relative error seen (also asserted below {@code tol}). */
    public static double check(Function<Tape, Tensor> f, double tol, Tensor... inputs) {
        for (Tensor in : inputs) {
            in.requiresGrad(true);
            in.zeroGrad();
        }
        Tensor probe = f.apply(Tape.noGrad());
        Tensor weights = random(new SplittableRandom(99), probe.shape());
        Tape tape = Tape.recording();
        Tensor loss = tape.sum(tape.mul(f.apply(tape), weights));
        tape.backward(loss);
        double worst = 0;
        double scale = 0;
        for (Tensor in : inputs) {
            assertNotNull(in.grad(), "no gradient reached an input of shape " + Shapes.text(in.shape()));
            for (int i = 0; i < in.size(); i++) {
                scale = Math.max(scale, Math.abs(in.grad().get(i)));
            }
        }
        assertTrue(scale > 0, "all gradients are zero: the check would prove nothing");
        for (Tensor in : inputs) {
            for (int i = 0; i < in.size(); i++) {
                double v = in.get(i);
                in.set(i, v + STEP);
                double up = projected(f, weights);
                in.set(i, v - STEP);
                double down = projected(f, weights);
                in.set(i, v);
                double numeric = (up - down) / (2 * STEP);
                double analytic = in.grad().get(i);
                double err = Math.abs(numeric - analytic) / (Math.abs(numeric) + 1e-3 * scale + 1e-12);
                worst = Math.max(worst, err);
                assertEquals(numeric, analytic, tol * (Math.abs(numeric) + 1e-3 * scale + 1e-12),
                        "gradient of input " + Shapes.text(in.shape()) + " at " + i);
            }
        }
        return worst;
    }

    private static double projected(Function<Tape, Tensor> f, Tensor weights) {
        Tensor out = f.apply(Tape.noGrad());
        double s = 0;
        for (int i = 0; i < out.size(); i++) {
            s += out.get(i) * weights.get(i);
        }
        return s;
    }
}
