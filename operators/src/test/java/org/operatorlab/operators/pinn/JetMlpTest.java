package org.operatorlab.operators.pinn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.operatorlab.operators.nn.Linear;
import org.operatorlab.operators.nn.Mlp;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Activation;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.GradientCheck;
import org.operatorlab.operators.tensor.TanhJet;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

class JetMlpTest {
    /** u(x, y) = sum_j a_j tanh(w_j · (x, y) + b_j) + c with hand-set weights. */
    private static final double[][] W = {{0.7, -1.3}, {1.9, 0.4}, {-0.5, 0.8}};
    private static final double[] B = {0.1, -0.6, 0.3};
    private static final double[] A = {1.2, -0.7, 0.9};
    private static final double C = 0.25;

    private static JetMlp knownNetwork() {
        double[] w = new double[6];
        for (int j = 0; j < 3; j++) {
            w[2 * j] = W[j][0];
            w[2 * j + 1] = W[j][1];
        }
        Linear hidden = new Linear(new Parameter("h.w", Tensor.of(w, 3, 2)), new Parameter("h.b", Tensor.of(B.clone(), 3)));
        Linear out = new Linear(new Parameter("o.w", Tensor.of(A.clone(), 1, 3)), new Parameter("o.b", Tensor.of(new double[] {C}, 1)));
        return new JetMlp(new Mlp(List.of(hidden, out), Activation.TANH));
    }

    @Test
    void oneLayerJetMatchesClosedFormDerivatives() {
        double[] pts = {0.3, -0.2, -1.1, 0.9, 0.0, 0.0, 2.0, 1.5};
        Jet jet = knownNetwork().forward(Tape.noGrad(), Tensor.of(pts, 4, 2), 2);
        for (int i = 0; i < 4; i++) {
            double u = C, ux = 0, uy = 0, uxx = 0, uyy = 0;
            for (int j = 0; j < 3; j++) {
                double h = Math.tanh(W[j][0] * pts[2 * i] + W[j][1] * pts[2 * i + 1] + B[j]);
                double s = 1 - h * h;
                u += A[j] * h;
                ux += A[j] * s * W[j][0];
                uy += A[j] * s * W[j][1];
                uxx += A[j] * -2 * h * s * W[j][0] * W[j][0];
                uyy += A[j] * -2 * h * s * W[j][1] * W[j][1];
            }
            assertEquals(u, jet.value().get(i), 1e-14);
            assertEquals(ux, jet.first(0).get(i), 1e-14);
            assertEquals(uy, jet.first(1).get(i), 1e-14);
            assertEquals(uxx, jet.second(0).get(i), 1e-14);
            assertEquals(uyy, jet.second(1).get(i), 1e-14);
        }
    }

    @Test
    void deepJetMatchesCentralDifferencesInEveryInput() {
        JetMlp net = new JetMlp(Mlp.of("u", Activation.TANH, DType.FLOAT64, new SplittableRandom(3), 3, 12, 12, 12, 1));
        SplittableRandom rng = new SplittableRandom(5);
        int n = 6;
        double[] pts = new double[3 * n];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = rng.nextDouble(-1, 1);
        }
        Jet jet = net.forward(Tape.noGrad(), Tensor.of(pts.clone(), n, 3), 2);
        double h1 = 1e-5, h2 = 1e-3;
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 3; d++) {
                double up1 = valueShifted(net, pts, i, d, h1), dn1 = valueShifted(net, pts, i, d, -h1);
                assertEquals((up1 - dn1) / (2 * h1), jet.first(d).get(i), 1e-8, "du/dx" + d + " at point " + i);
                if (d < 2) {
                    double up = valueShifted(net, pts, i, d, h2), dn = valueShifted(net, pts, i, d, -h2);
                    double mid = valueShifted(net, pts, i, d, 0);
                    assertEquals((up - 2 * mid + dn) / (h2 * h2), jet.second(d).get(i), 1e-5, "d2u/dx" + d + "2 at point " + i);
                }
            }
        }
    }

    private static double valueShifted(JetMlp net, double[] pts, int i, int d, double h) {
        double[] p = pts.clone();
        p[3 * i + d] += h;
        return net.forward(Tape.noGrad(), Tensor.of(p, pts.length / 3, 3), 0).value().get(i);
    }

    @Test
    void residualOfTheJetBackPropagatesToTheWeights() {
        JetMlp net = new JetMlp(Mlp.of("u", Activation.TANH, DType.FLOAT64, new SplittableRandom(8), 2, 6, 5, 1));
        Tensor pts = GradientCheck.random(new SplittableRandom(2), 5, 2);
        Tensor[] weights = net.parameters().stream().map(Parameter::value).toArray(Tensor[]::new);
        // Laplacian + u * u_x: every stream and both derivative orders reach the loss
        GradientCheck.check(tape -> {
            Jet j = net.forward(tape, pts, 2);
            return tape.add(tape.add(j.second(0), j.second(1)), tape.mul(j.value(), j.first(0)));
        }, 1e-5, weights);
    }

    @Test
    void tanhJetGradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(4);
        Tensor z = GradientCheck.random(rng, 6, 3, 4);
        Tensor b = GradientCheck.random(rng, 4);
        GradientCheck.check(tape -> TanhJet.apply(tape, z, b, 3, 2), 1e-6, z, b);
    }

    @Test
    void refusesOtherActivationsAndWrongShapes() {
        Mlp gelu = Mlp.of("g", Activation.GELU, DType.FLOAT64, new SplittableRandom(1), 2, 4, 1);
        assertThrows(IllegalArgumentException.class, () -> new JetMlp(gelu));
        JetMlp net = new JetMlp(Mlp.of("u", Activation.TANH, DType.FLOAT64, new SplittableRandom(1), 2, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> net.forward(Tape.noGrad(), Tensor.zeros(DType.FLOAT64, 3, 3), 2));
    }
}
