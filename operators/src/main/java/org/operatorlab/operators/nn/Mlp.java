package org.operatorlab.operators.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.operatorlab.operators.tensor.Activation;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/** Linear layers with an activation between them (none after the last), over [rows, features] or channels. */
public final class Mlp implements Layer {
    private final List<Linear> layers;
    private final Activation activation;

    public Mlp(List<Linear> layers, Activation activation) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("an MLP needs at least one layer");
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).in() != layers.get(i - 1).out()) {
                throw new IllegalArgumentException("MLP layer " + i + " takes " + layers.get(i).in()
                        + " features but layer " + (i - 1) + " gives " + layers.get(i - 1).out());
            }
        }
        this.layers = List.copyOf(layers);
        this.activation = activation;
    }

    /**
     * widths = {in, hidden..., out}; Glorot init for tanh, He init otherwise.
     */
    public static Mlp of(String name, Activation activation, DType dtype, SplittableRandom rng, int... widths) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("MLP widths need at least input and output, got " + widths.length);
        }
        List<Linear> layers = new ArrayList<>();
        for (int i = 0; i + 1 < widths.length; i++) {
            String n = name + "." + i;
            layers.add(activation == Activation.TANH
                    ? Linear.glorot(n, widths[i], widths[i + 1], dtype, rng)
                    : Linear.he(n, widths[i], widths[i + 1], dtype, rng));
        }
        return new Mlp(layers, activation);
    }

    public List<Linear> layers() { return layers; }
    public Activation activation() { return activation; }

    @Override
    public Tensor forward(Tape tape, Tensor x) {
        Tensor h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).forward(tape, h);
            if (i + 1 < layers.size()) {
                h = tape.apply(activation, h);
            }
        }
        return h;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Linear l : layers) {
            all.addAll(l.parameters());
        }
        return all;
    }
}
