package org.operatorlab.operators.engine;

/** Relative L2 error ||prediction - reference|| / ||reference|| of one sample, the error every engine reports. */
public final class RelativeL2 {
    private RelativeL2() { }

    /** Error of the {@code n} values starting at {@code offset} in both arrays (absolute when the reference is 0). */
    public static double of(double[] prediction, double[] reference, int offset, int n) {
        double diff = 0, norm = 0;
        for (int i = offset; i < offset + n; i++) {
            double d = prediction[i] - reference[i];
            diff += d * d;
            norm += reference[i] * reference[i];
        }
        return norm > 0 ? Math.sqrt(diff / norm) : Math.sqrt(diff);
    }

    /** Error over the whole arrays, which must be equally long. */
    public static double of(double[] prediction, double[] reference) {
        if (prediction.length != reference.length) {
            throw new IllegalArgumentException("prediction has " + prediction.length + " values but the reference "
                    + reference.length);
        }
        return of(prediction, reference, 0, reference.length);
    }
}
