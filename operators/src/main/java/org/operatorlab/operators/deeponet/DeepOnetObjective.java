package org.operatorlab.operators.deeponet;

import java.util.List;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.operators.train.Objective;
import org.operatorlab.operators.train.Trainer;

/**
 * DeepONet on the shared {@link Trainer}: the items are samples; the loss of a mini-batch is the mean
 * squared error or the mean relative L2 error over all its points; validation is the mean relative L2
 * error on held-out samples, both in the data's own units.
 */
public final class DeepOnetObjective implements Objective {
    private final DeepOnet model;
    private final OperatorData train;
    private final OperatorData validation;
    private final boolean relative;
    private final double scale;
    private final double shift;

    /**
     * @param validation held-out samples, or null for none
     * @param relative relative L2 loss (true) or mean squared error (false)
     */
    public DeepOnetObjective(DeepOnet model, OperatorData train, OperatorData validation, boolean relative) {
        this(model, train, validation, relative, 1, 0);
    }

    /**
     * As above, for data whose outputs are standardised: the loss compares {@code scale * y + shift} of
     * prediction and target, i.e. it is measured in the data's own units (what a relative error needs).
     */
    public DeepOnetObjective(DeepOnet model, OperatorData train, OperatorData validation, boolean relative, double scale,
                             double shift) {
        if (train.samples() == 0) {
            throw new IllegalArgumentException("no training samples left after the validation split");
        }
        this.model = model;
        this.train = train;
        this.validation = validation;
        this.relative = relative;
        this.scale = scale;
        this.shift = shift;
    }

    @Override
    public List<Parameter> parameters() { return model.parameters(); }

    @Override
    public int trainingSize() { return train.samples(); }

    @Override
    public Tensor loss(Tape tape, int[] batch) {
        OperatorData b = train.rows(batch);
        Tensor prediction = units(tape, model.forward(tape, b.inputs(), b.coordinates()));
        Tensor target = units(tape, b.outputs());
        return relative ? tape.relativeL2(prediction, target) : tape.mse(prediction, target);
    }

    @Override
    public double validationError() {
        if (validation == null || validation.samples() == 0) {
            return Double.NaN;
        }
        Tape tape = Tape.noGrad();
        return tape.relativeL2(units(tape, model.forward(tape, validation.inputs(), validation.coordinates())),
                units(tape, validation.outputs())).item();
    }

    /** Values in the data's own units (no operation at all for unscaled data). */
    private Tensor units(Tape tape, Tensor standardised) {
        return scale == 1 && shift == 0 ? standardised : tape.affine(standardised, scale, shift);
    }
}
