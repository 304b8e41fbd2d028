package org.operatorlab.operators.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.operatorlab.operators.tensor.Activation;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.GradientCheck;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

class LayersTest {
    private final SplittableRandom rng = new SplittableRandom(5);

    @Test
    void linearGradientsOverChannelsAndRows() {
        Linear lin = Linear.glorot("l", 3, 4, DType.FLOAT64, rng);
        Tensor w = lin.parameters().get(0).value(), b = lin.parameters().get(1).value();
        b.assign(GradientCheck.random(rng, 4));
        Tensor channels = GradientCheck.random(rng, 2, 3, 5);
        GradientCheck.check(t -> lin.forward(t, channels), 1e-6, channels, w, b);
        Tensor rows = GradientCheck.random(rng, 6, 3);
        GradientCheck.check(t -> lin.forward(t, rows), 1e-6, rows, w, b);
        // both layouts compute the same map
        Tensor asChannels = Tensor.zeros(DType.FLOAT64, 1, 3, 6);
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 3; c++) {
                asChannels.set(c * 6 + r, rows.at(r, c));
            }
        }
        Tensor y1 = lin.forward(Tape.noGrad(), rows), y2 = lin.forward(Tape.noGrad(), asChannels);
        for (int r = 0; r < 6; r++) {
            for (int o = 0; o < 4; o++) {
                assertEquals(y1.at(r, o), y2.at(0, o, r), 1e-14);
            }
        }
    }

    @Test
    void mlpGradientsWithTanhAndGelu() {
        for (Activation f : new Activation[] {Activation.TANH, Activation.GELU}) {
            Mlp mlp = Mlp.of("m", f, DType.FLOAT64, rng, 2, 5, 4, 1);
            Tensor x = GradientCheck.random(rng, 7, 2);
            Tensor[] all = new Tensor[mlp.parameters().size() + 1];
            for (int i = 0; i < mlp.parameters().size(); i++) {
                all[i] = mlp.parameters().get(i).value();
            }
            all[all.length - 1] = x;
            GradientCheck.check(t -> mlp.forward(t, x), 1e-6, all);
        }
    }

    @Test
    void initialisersHaveTheirVarianceAndAreReproducible() {
        Tensor g = Init.glorotUniform(new SplittableRandom(1), DType.FLOAT32, 100, 300, 300, 100);
        double a = Math.sqrt(6.0 / 400), var = 0;
        for (int i = 0; i < g.size(); i++) {
            assertTrue(Math.abs(g.get(i)) <= a);
            var += g.get(i) * g.get(i) / g.size();
        }
        assertEquals(a * a / 3, var, 0.02 * a * a / 3);
        Tensor h = Init.heNormal(new SplittableRandom(1), DType.FLOAT64, 50, 200, 50);
        double hv = 0;
        for (int i = 0; i < h.size(); i++) {
            hv += h.get(i) * h.get(i) / h.size();
        }
        assertEquals(2.0 / 50, hv, 0.03 * 2.0 / 50);
        assertArrayEquals(g.toFloatArray(),
                Init.glorotUniform(new SplittableRandom(1), DType.FLOAT32, 100, 300, 300, 100).toFloatArray());
    }

    /** First Adam step moves each weight by lr * sign(g) (bias-corrected m / sqrt(v) = g / |g|); AdamW also decays. */
    @Test
    void adamAndAdamWFirstStepClosedForm() {
        for (double decay : new double[] {0, 0.1}) {
            Parameter p = new Parameter("p", Tensor.of(new double[] {1.0, -2.0, 0.5}, 3));
            Tape tape = Tape.recording();
            // loss = 3 w0 - 0.5 w1 + 0 w2 -> g = (3, -0.5, 0)
            Tensor c = Tensor.of(new double[] {3, -0.5, 0}, 3);
            tape.backward(tape.sum(tape.mul(p.value(), c)));
            Adam opt = decay == 0 ? Adam.adam(List.of(p), 0.01) : Adam.adamW(List.of(p), 0.01, decay);
            opt.step();
            assertEquals(1.0 - 0.01 * (1 + decay * 1.0), p.value().get(0), 1e-9);
            assertEquals(-2.0 + 0.01 * (1 + decay * 2.0), p.value().get(1), 1e-9);
            assertEquals(0.5 - 0.01 * decay * 0.5, p.value().get(2), 1e-12);
            opt.zeroGrad();
            assertEquals(0, p.grad().get(0));
        }
    }

    @Test
    void tinyMlpFitsSineWithAdam() {
        SplittableRandom seeded = new SplittableRandom(42);
        Mlp mlp = Mlp.of("sine", Activation.TANH, DType.FLOAT32, seeded, 1, 32, 32, 1);
        int n = 64;
        Tensor x = Tensor.zeros(DType.FLOAT32, n, 1), y = Tensor.zeros(DType.FLOAT32, n, 1);
        for (int i = 0; i < n; i++) {
            double xi = -Math.PI + 2 * Math.PI * i / (n - 1);
            x.set(i, xi);
            y.set(i, Math.sin(xi));
        }
        Adam opt = Adam.adam(mlp.parameters(), 0.01);
        double first = Double.NaN, last = Double.NaN;
        for (int step = 0; step < 1500; step++) {
            opt.zeroGrad();
            Tape tape = Tape.recording();
            Tensor loss = tape.mse(mlp.forward(tape, x), y);
            last = loss.item();
            if (step == 0) {
                first = last;
            }
            tape.backward(loss);
            opt.step();
        }
        assertTrue(first > 0.1, "untrained loss " + first);
        assertTrue(last < 1e-3, "MSE after 1500 Adam steps: " + last);
        // generalises between the training points
        Tensor probe = Tensor.of(new float[] {0.3f, -2.0f}, 2, 1);
        Tensor out = mlp.forward(Tape.noGrad(), probe);
        assertEquals(Math.sin(0.3), out.get(0), 0.05);
        assertEquals(Math.sin(-2.0), out.get(1), 0.05);
    }
}
