package org.operatorlab.operators.train;

import java.util.List;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * Supervised operator learning: the loss compares the model's raw-space prediction with the raw target
 * on the training rows; validation is the mean relative L2 error on the held-out rows.
 */
public final class SupervisedObjective implements Objective {
    /** Validation runs in chunks so memory stays bounded on large sets. */
    private static final int VALIDATION_CHUNK = 32;

    private final OperatorModel model;
    private final OperatorData data;
    private final int[] trainRows;
    private final int[] validationRows;
    private final LossKind loss;

    public SupervisedObjective(OperatorModel model, OperatorData data, int[] trainRows, int[] validationRows, LossKind loss) {
        if (data.inChannels() != model.inChannels() || data.outChannels() != model.outChannels()) {
            throw new IllegalArgumentException("data has " + data.inChannels() + " input / " + data.outChannels()
                    + " output channels but the model takes " + model.inChannels() + " / " + model.outChannels());
        }
        if (trainRows.length == 0) {
            throw new IllegalArgumentException("no training samples left after the validation split");
        }
        this.model = model;
        this.data = data;
        this.trainRows = trainRows.clone();
        this.validationRows = validationRows.clone();
        this.loss = loss;
    }

    @Override
    public List<Parameter> parameters() { return model.parameters(); }

    @Override
    public int trainingSize() { return trainRows.length; }

    @Override
    public Tensor loss(Tape tape, int[] batch) {
        int[] rows = new int[batch.length];
        for (int i = 0; i < batch.length; i++) {
            rows[i] = trainRows[batch[i]];
        }
        Tensor prediction = model.forward(tape, data.inputBatch(rows, model.dtype()));
        return GridLosses.loss(tape, loss, prediction, data.outputBatch(rows, model.dtype()));
    }

    @Override
    public double validationError() {
        return relativeL2(model, data, validationRows);
    }

    /** Mean relative L2 error of {@code model} on samples {@code rows}; NaN for no rows. */
    public static double relativeL2(OperatorModel model, OperatorData data, int[] rows) {
        if (rows.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int from = 0; from < rows.length; from += VALIDATION_CHUNK) {
            int[] chunk = java.util.Arrays.copyOfRange(rows, from, Math.min(rows.length, from + VALIDATION_CHUNK));
            Tape tape = Tape.noGrad();
            Tensor prediction = model.forward(tape, data.inputBatch(chunk, model.dtype()));
            sum += tape.relativeL2(prediction, data.outputBatch(chunk, model.dtype())).item() * chunk.length;
        }
        return sum / rows.length;
    }
}
