package org.operatorlab.operators.pinn;

import java.util.List;
import org.operatorlab.operators.nn.Linear;
import org.operatorlab.operators.nn.Mlp;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Activation;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.TanhJet;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * Forward-mode (Taylor) evaluation of a float64 tanh {@link Mlp} with one output: value, gradient and
 * pure second derivatives with respect to the inputs, exactly, as tape tensors (so a PDE residual built
 * from them back-propagates to the weights).
 *
 * <p>All jet streams go through each Linear layer as one stacked matrix product; the bias touches only
 * the value stream, and {@link TanhJet} propagates the derivatives through the activation.
 */
public final class JetMlp {
    private final Mlp mlp;

    public JetMlp(Mlp mlp) {
        if (mlp.activation() != Activation.TANH) {
            throw new IllegalArgumentException("Taylor-mode propagation is implemented for tanh MLPs, got " + mlp.activation());
        }
        List<Linear> layers = mlp.layers();
        if (layers.get(layers.size() - 1).out() != 1) {
            throw new IllegalArgumentException("a PINN network has one output, got " + layers.get(layers.size() - 1).out());
        }
        for (Linear l : layers) {
            if (l.weight().value().dtype() != DType.FLOAT64 || l.bias() == null) {
                throw new IllegalArgumentException("Taylor-mode propagation needs float64 layers with biases, got " + l.weight());
            }
        }
        this.mlp = mlp;
    }

    public Mlp mlp() { return mlp; }
    public int inputs() { return mlp.layers().get(0).in(); }
    public List<Parameter> parameters() { return mlp.parameters(); }

    /**
     * @param points [N, inputs] float64 coordinates (not modified)
     * @param secondOrder how many leading inputs get second derivatives (0 .. inputs)
     */
    public Jet forward(Tape tape, Tensor points, int secondOrder) {
        int d = inputs();
        if (points.rank() != 2 || points.dim(1) != d || points.dtype() != DType.FLOAT64) {
            throw new IllegalArgumentException("the network takes float64 points [N, " + d + "], got " + points);
        }
        if (secondOrder < 0 || secondOrder > d) {
            throw new IllegalArgumentException("second derivatives asked for " + secondOrder + " of " + d + " inputs");
        }
        int n = points.dim(0);
        int streams = 1 + d + secondOrder;
        // seed: values, unit first derivatives, zero second derivatives
        double[] seed = new double[streams * n * d];
        double[] p = points.toDoubleArray();
        System.arraycopy(p, 0, seed, 0, n * d);
        for (int k = 0; k < d; k++) {
            for (int i = 0; i < n; i++) {
                seed[(1 + k) * n * d + i * d + k] = 1;
            }
        }
        Tensor h = Tensor.of(seed, streams * n, d);
        List<Linear> layers = mlp.layers();
        for (int l = 0; l < layers.size(); l++) {
            Linear layer = layers.get(l);
            Tensor z = tape.matmul(h, tape.transpose(layer.weight().value()));
            if (l + 1 < layers.size()) {
                Tensor jet = TanhJet.apply(tape, tape.reshape(z, streams, n, layer.out()), layer.bias().value(), d, secondOrder);
                h = tape.reshape(jet, streams * n, layer.out());
            } else {
                h = tape.reshape(z, streams, n);
            }
        }
        Tensor value = tape.add(tape.reshape(tape.slice(h, 0, 0, 1), n), layers.get(layers.size() - 1).bias().value());
        Tensor[] first = new Tensor[d];
        for (int k = 0; k < d; k++) {
            first[k] = tape.reshape(tape.slice(h, 0, 1 + k, 2 + k), n);
        }
        Tensor[] second = new Tensor[secondOrder];
        for (int k = 0; k < secondOrder; k++) {
            second[k] = tape.reshape(tape.slice(h, 0, 1 + d + k, 2 + d + k), n);
        }
        return new Jet(value, first, second);
    }
}
