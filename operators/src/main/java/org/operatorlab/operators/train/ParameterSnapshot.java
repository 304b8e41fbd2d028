package org.operatorlab.operators.train;

import java.util.List;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.Tensor;

/**
 * A copy of a model's parameter values after one epoch, with that epoch's losses: the trainer keeps one
 * for early stopping (the best epoch) and two for divergence (the last good epoch, and the newest one
 * until a finite loss vouches for it). {@link #capture} reuses the buffers, so keeping one per epoch
 * allocates nothing after the first.
 */
final class ParameterSnapshot {
    private final double[][] values;
    private int epoch;
    private double trainLoss = Double.NaN;
    private double validationError = Double.NaN;

    private ParameterSnapshot(double[][] values) {
        this.values = values;
    }

    /** An empty snapshot sized for {@code parameters} (epoch 0 until something is captured). */
    static ParameterSnapshot sizedFor(List<Parameter> parameters) {
        double[][] values = new double[parameters.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = new double[parameters.get(i).value().size()];
        }
        return new ParameterSnapshot(values);
    }

    /** Copies the current values of {@code parameters} in, as those at the end of {@code epoch}. */
    void capture(List<Parameter> parameters, int epoch, double trainLoss, double validationError) {
        for (int i = 0; i < values.length; i++) {
            Tensor v = parameters.get(i).value();
            double[] dst = values[i];
            for (int j = 0; j < dst.length; j++) {
                dst[j] = v.get(j);
            }
        }
        this.epoch = epoch;
        this.trainLoss = trainLoss;
        this.validationError = validationError;
    }

    /** Writes the captured values back into {@code parameters}. */
    void restoreInto(List<Parameter> parameters) {
        for (int i = 0; i < values.length; i++) {
            Tensor v = parameters.get(i).value();
            double[] src = values[i];
            for (int j = 0; j < src.length; j++) {
                v.set(j, src[j]);
            }
        }
    }

    int epoch() { return epoch; }
    double trainLoss() { return trainLoss; }
    double validationError() { return validationError; }
}
