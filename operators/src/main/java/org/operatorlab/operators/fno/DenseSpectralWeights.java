package org.operatorlab.operators.fno;

import java.util.List;
import java.util.SplittableRandom;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/** Spectral weights stored as they are used (plain FNO). */
public final class DenseSpectralWeights implements SpectralWeights {
    private final Parameter weight;

    public DenseSpectralWeights(Parameter weight) {
        this.weight = weight;
    }

    /** scale * U(0, 1) for real and imaginary parts, as in the FNO paper's code. */
    static DenseSpectralWeights random(String name, int[] shape, double scale, DType dtype, SplittableRandom rng) {
        Tensor w = Tensor.zeros(dtype, shape);
        for (int i = 0; i < w.size(); i++) {
            w.set(i, scale * rng.nextDouble());
        }
        return new DenseSpectralWeights(new Parameter(name, w));
    }

    @Override
    public Tensor dense(Tape tape) { return weight.value(); }

    @Override
    public List<Parameter> parameters() { return List.of(weight); }
}
