package org.operatorlab.operators.nn;

import java.util.List;
import java.util.SplittableRandom;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * y = W x + b with W [out, in]. Applied pointwise over channels to x [batch, in, points] (FNO lifting,
 * projection and skip paths), or row-wise to x [rows, in] (MLPs for DeepONet and PINNs).
 */
public final class Linear implements Layer {
    private final Parameter weight;
    private final Parameter bias;

    public Linear(Parameter weight, Parameter bias) {
        if (weight.value().rank() != 2 || (bias != null && (bias.value().rank() != 1
                || bias.value().dim(0) != weight.value().dim(0)))) {
            throw new IllegalArgumentException("Linear needs weight [out, in] and bias [out], got " + weight
                    + (bias == null ? "" : " and " + bias));
        }
        this.weight = weight;
        this.bias = bias;
    }

    /** Glorot-uniform weight, zero bias. */
    public static Linear glorot(String name, int in, int out, DType dtype, SplittableRandom rng) {
        return new Linear(new Parameter(name + ".weight", Init.glorotUniform(rng, dtype, in, out, out, in)),
                new Parameter(name + ".bias", Tensor.zeros(dtype, out)));
    }

    /** He-normal weight, zero bias. */
    public static Linear he(String name, int in, int out, DType dtype, SplittableRandom rng) {
        return new Linear(new Parameter(name + ".weight", Init.heNormal(rng, dtype, in, out, in)),
                new Parameter(name + ".bias", Tensor.zeros(dtype, out)));
    }

    public Parameter weight() { return weight; }
    /** The bias, or null when the layer has none. */
    public Parameter bias() { return bias; }

    public int in() { return weight.value().dim(1); }
    public int out() { return weight.value().dim(0); }

    @Override
    public Tensor forward(Tape tape, Tensor x) {
        Tensor b = bias == null ? null : bias.value();
        if (x.rank() == 3) {
            return tape.channelLinear(x, weight.value(), b);
        }
        if (x.rank() == 2) {
            Tensor y = tape.matmul(x, tape.transpose(weight.value()));
            return b == null ? y : tape.add(y, b);
        }
        throw new IllegalArgumentException("Linear " + in() + "->" + out() + " takes [batch, in, points] or [rows, in], got "
                + java.util.Arrays.toString(x.shape()));
    }

    @Override
    public List<Parameter> parameters() {
        return bias == null ? List.of(weight) : List.of(weight, bias);
    }
}
