package org.operatorlab.operators.train;

import java.util.List;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * A model mapping input functions to output functions on a grid: raw input [batch, inChannels,
 * spatial...] to raw output [batch, outChannels, spatial...]. The model applies its own
 * {@link Normalization} (encode the input, decode the output) so callers never see normalised values;
 * the {@link Trainer} fits and sets it before training.
 */
public interface OperatorModel {
    List<Parameter> parameters();

    Tensor forward(Tape tape, Tensor input);

    int inChannels();

    int outChannels();

    DType dtype();

    Normalization normalization();

    void setNormalization(Normalization normalization);

    /** Forward pass without gradients. */
    default Tensor predict(Tensor input) {
        return forward(Tape.noGrad(), input.dtype() == dtype() ? input : input.to(dtype()));
    }

    /** Total number of trainable values. */
    default long parameterCount() {
        long n = 0;
        for (Parameter p : parameters()) {
            n += p.value().size();
        }
        return n;
    }
}
