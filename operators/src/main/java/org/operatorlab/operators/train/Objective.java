package org.operatorlab.operators.train;

import java.util.List;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * What an engine hands the {@link Trainer}: its parameters and the loss of a mini-batch. Supervised
 * operator learning uses {@link SupervisedObjective}; a PINN implements this directly (items are then
 * collocation points, or a single item for full-batch training).
 */
public interface Objective {
    List<Parameter> parameters();

    /** Number of training items the trainer shuffles and splits into mini-batches. */
    int trainingSize();

    /** Loss of the items {@code batch} (indices in 0 .. trainingSize-1), recorded on {@code tape}; a one-element tensor. */
    Tensor loss(Tape tape, int[] batch);

    /** Error on held-out data without gradients, or NaN when there is none (early stopping then watches the training loss). */
    default double validationError() {
        return Double.NaN;
    }
}
