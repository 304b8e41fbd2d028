package org.operatorlab.operators.train;

import java.util.Arrays;
import org.operatorlab.operators.tensor.Tape;
import org.operatorlab.operators.tensor.Tensor;

/**
 * Per-channel standardisation x -> (x - mean_c) / std_c, statistics over samples and points of the
 * training data (channel axis 1 of [N, C, points...]). Immutable; a model keeps one for its inputs and
 * one for its outputs.
 */
public final class UnitGaussianNormalizer {
    /** Floor on std so that a constant channel does not blow up. */
    private static final double EPS = 1e-7;

    private final double[] mean;
    private final double[] std;

    public UnitGaussianNormalizer(double[] mean, double[] std) {
        if (mean.length != std.length || mean.length == 0) {
            throw new IllegalArgumentException("normalizer needs equal, non-empty mean and std lengths, got "
                    + mean.length + " and " + std.length);
        }
        for (int c = 0; c < std.length; c++) {
            if (!(std[c] > 0) || !Double.isFinite(mean[c]) || Double.isInfinite(std[c])) {
                throw new IllegalArgumentException("normalizer channel " + c + " has mean " + mean[c] + " and std " + std[c]);
            }
        }
        this.mean = mean.clone();
        this.std = std.clone();
    }

    /** mean 0, std 1 for {@code channels} channels. */
    public static UnitGaussianNormalizer identity(int channels) {
        double[] ones = new double[channels];
        Arrays.fill(ones, 1);
        return new UnitGaussianNormalizer(new double[channels], ones);
    }

    /** Fits the statistics of samples {@code rows} of {@code values} laid out [N, C, points]. */
    public static UnitGaussianNormalizer fit(double[] values, int channels, int points, int[] rows) {
        double[] mean = new double[channels];
        double[] std = new double[channels];
        long count = (long) rows.length * points;
        for (int c = 0; c < channels; c++) {
            double s = 0;
            for (int r : rows) {
                int base = (r * channels + c) * points;
                for (int p = 0; p < points; p++) {
                    s += values[base + p];
                }
            }
            double m = s / count;
            double ss = 0;
            for (int r : rows) {
                int base = (r * channels + c) * points;
                for (int p = 0; p < points; p++) {
                    double d = values[base + p] - m;
                    ss += d * d;
                }
            }
            mean[c] = m;
            std[c] = Math.sqrt(ss / count) + EPS;
        }
        return new UnitGaussianNormalizer(mean, std);
    }

    public int channels() { return mean.length; }
    public double[] mean() { return mean.clone(); }
    public double[] std() { return std.clone(); }

    /** (x - mean) / std on the tape; x is [batch, C, points...]. */
    public Tensor encode(Tape tape, Tensor x) {
        checkChannels(x);
        return tape.mul(tape.sub(x, column(x, mean, 1)), column(x, std, -1));
    }

    /** x * std + mean on the tape; gradients flow to x. */
    public Tensor decode(Tape tape, Tensor x) {
        checkChannels(x);
        return tape.add(tape.mul(x, column(x, std, 1)), column(x, mean, 1));
    }

    private void checkChannels(Tensor x) {
        if (x.rank() < 2 || x.dim(1) != mean.length) {
            throw new IllegalArgumentException("normalizer for " + mean.length + " channels given a tensor "
                    + Arrays.toString(x.shape()));
        }
    }

    /** A [1, C, 1, ...] constant for broadcasting; power -1 gives reciprocals. */
    private static Tensor column(Tensor like, double[] v, int power) {
        int[] shape = new int[like.rank()];
        Arrays.fill(shape, 1);
        shape[1] = v.length;
        Tensor t = Tensor.zeros(like.dtype(), shape);
        for (int c = 0; c < v.length; c++) {
            t.set(c, power < 0 ? 1 / v[c] : v[c]);
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitGaussianNormalizer n && Arrays.equals(mean, n.mean) && Arrays.equals(std, n.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

}
