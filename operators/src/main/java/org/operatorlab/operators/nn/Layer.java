package org.operatorlab.operators.nn;

import java.util.List;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/** A differentiable map with trainable parameters. */
public interface Layer {
    Tensor forward(Tape tape, Tensor x);

    List<Parameter> parameters();
}
