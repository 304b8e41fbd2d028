package org.operatorlab.operators.train;

import java.util.List;
import org.operatorlab.operators.nn.Parameter;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tensor;

/**
 * A copy of a model's parameter values after one epoch, with that epoch's losses: the trainer keeps one
 * for early stopping (the best epoch) and two for divergence (the last good epoch, and the newest one
 * until a finite loss vouches for it). {@link #capture} reuses the buffers, so keeping one per epoch
 * allocates nothing after the first; single-precision parameters are kept as floats (exact, and half
 * the memory of a large FNO's copy).
 */
final class ParameterSnapshot {
    /** Per parameter: its values as float[] (FLOAT32) or double[] (FLOAT64). */
    private final Object[] values;
    private int epoch;
    private double trainLoss = Double.NaN;
    private double validationError = Double.NaN;

    private ParameterSnapshot(Object[] values) {
        this.values = values;
    }

    /** An empty snapshot sized for {@code parameters} (epoch 0 until something is captured). */
    static ParameterSnapshot sizedFor(List<Parameter> parameters) {
        Object[] values = new Object[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            Tensor v = parameters.get(i).value();
            values[i] = v.dtype() == DType.FLOAT32 ? new float[v.size()] : new double[v.size()];
        }
        return new ParameterSnapshot(values);
    }

    /** Copies the current values of {@code parameters} in, as those at the end of {@code epoch}. */
    void capture(List<Parameter> parameters, int epoch, double trainLoss, double validationError) {
        for (int i = 0; i < values.length; i++) {
            Tensor v = parameters.get(i).value();
            if (values[i] instanceof float[] dst) {
                for (int j = 0; j < dst.length; j++) {
                    dst[j] = (float) v.get(j);
                }
            } else {
                double[] dst = (double[]) values[i];
                for (int j = 0; j < dst.length; j++) {
                    dst[j] = v.get(j);
                }
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
            if (values[i] instanceof float[] src) {
                for (int j = 0; j < src.length; j++) {
                    v.set(j, src[j]);
                }
            } else {
                double[] src = (double[]) values[i];
                for (int j = 0; j < src.length; j++) {
                    v.set(j, src[j]);
                }
            }
        }
    }

    int epoch() { return epoch; }
    double trainLoss() { return trainLoss; }
    double validationError() { return validationError; }
}
