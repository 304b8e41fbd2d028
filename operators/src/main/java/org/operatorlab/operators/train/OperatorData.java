package org.operatorlab.operators.train;

import java.util.Arrays;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tensor;

/**
 * Input/output function pairs on a grid: flat C-order arrays of shape [N, channels, spatial...] for
 * inputs and outputs (same N and spatial extent). Arrays are not copied; callers must not change them.
 */
public record OperatorData(double[] inputs, int[] inputShape, double[] outputs, int[] outputShape) {
    public OperatorData {
        check("input", inputs, inputShape);
        check("output", outputs, outputShape);
        if (inputShape[0] != outputShape[0]
                || !Arrays.equals(Arrays.copyOfRange(inputShape, 2, inputShape.length),
                                  Arrays.copyOfRange(outputShape, 2, outputShape.length))) {
            throw new IllegalArgumentException("operator data inputs " + Arrays.toString(inputShape) + " and outputs "
                    + Arrays.toString(outputShape) + " differ in sample count or grid");
        }
        inputShape = inputShape.clone();
        outputShape = outputShape.clone();
    }

    private static void check(String what, double[] values, int[] shape) {
        if (shape.length < 3) {
            throw new IllegalArgumentException("operator data " + what + "s need shape [N, channels, grid...], got "
                    + Arrays.toString(shape));
        }
        long size = 1;
        for (int d : shape) {
            if (d < 1) {
                throw new IllegalArgumentException("operator data " + what + " shape " + Arrays.toString(shape) + " has an empty axis");
            }
            size *= d;
        }
        if (size != values.length) {
            throw new IllegalArgumentException("operator data " + what + "s: " + values.length + " values do not fill shape "
                    + Arrays.toString(shape));
        }
    }

    /** One-channel data from [N, points...] arrays (the layout of {@code operatorlab generate}). */
    public static OperatorData singleChannel(double[] inputs, double[] outputs, int... sampleShape) {
        int[] shape = new int[sampleShape.length + 1];
        shape[0] = sampleShape[0];
        shape[1] = 1;
        System.arraycopy(sampleShape, 1, shape, 2, sampleShape.length - 1);
        return new OperatorData(inputs, shape, outputs, shape.clone());
    }

    public int size() { return inputShape[0]; }
    public int inChannels() { return inputShape[1]; }
    public int outChannels() { return outputShape[1]; }
    public int[] inputShape() { return inputShape.clone(); }
    public int[] outputShape() { return outputShape.clone(); }

    /** Grid points per channel. */
    public int points() {
        return inputs.length / (inputShape[0] * inputShape[1]);
    }

    /** Inputs of samples {@code rows} as a tensor [rows, inChannels, grid...]. */
    public Tensor inputBatch(int[] rows, DType dtype) {
        return gather(inputs, inputShape, rows, dtype);
    }

    public Tensor outputBatch(int[] rows, DType dtype) {
        return gather(outputs, outputShape, rows, dtype);
    }

    private static Tensor gather(double[] values, int[] shape, int[] rows, DType dtype) {
        int per = values.length / shape[0];
        int[] s = shape.clone();
        s[0] = rows.length;
        if (dtype == DType.FLOAT32) {
            float[] out = new float[rows.length * per];
            for (int i = 0; i < rows.length; i++) {
                int src = rows[i] * per, dst = i * per;
                for (int j = 0; j < per; j++) {
                    out[dst + j] = (float) values[src + j];
                }
            }
            return Tensor.of(out, s);
        }
        double[] out = new double[rows.length * per];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(values, rows[i] * per, out, i * per, per);
        }
        return Tensor.of(out, s);
    }
}
