package org.operatorlab.operators.fno;

import java.util.List;
import java.util.SplittableRandom;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * The complex weights of one spectral convolution, [cin, cout, modesY, modesX, 2] (re, im last), as
 * the spectral layer needs them. Factorised forms rebuild the dense tensor on the tape every forward
 * pass so that gradients reach their factors.
 */
public interface SpectralWeights {
    /** The dense weight, recorded on {@code tape}. */
    Tensor dense(Tape tape);

    List<Parameter> parameters();

    default long parameterCount() {
        long n = 0;
        for (Parameter p : parameters()) {
            n += p.value().size();
        }
        return n;
    }

    /**
     * Weights of the kind {@code factorization}, initialised so the dense weight has entries of size
     * about 1 / (cin cout) as in the FNO paper.
     */
    static SpectralWeights create(String name, Factorization factorization, double rank, int[] shape, DType dtype,
                                  SplittableRandom rng) {
        double scale = 1.0 / (shape[0] * shape[1]);
        return switch (factorization) {
            case NONE -> DenseSpectralWeights.random(name, shape, scale, dtype, rng);
            case TUCKER -> TuckerSpectralWeights.random(name, shape, rank, scale, dtype, rng);
            case CP -> CpSpectralWeights.random(name, shape, rank, scale, dtype, rng);
        };
    }

    /** Number of values of the dense form. */
    static long denseCount(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }
}
