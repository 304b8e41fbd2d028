package org.operatorlab.ui.view;

import java.util.ArrayList;
import java.util.List;

/** The value interval a colour scale spans: min maps to the colormap's start, max to its end. */
public record ValueRange(double min, double max) {

    public ValueRange {
        if (!(Double.isFinite(min) && Double.isFinite(max)) || min > max) {
            throw new IllegalArgumentException("colour range needs finite min <= max, got [" + min + ", " + max + "]");
        }
    }

    /** The finite minimum and maximum over all arrays; [0, 1] when there is no finite value. */
    public static ValueRange of(double[]... fields) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] field : fields) {
            for (double v : field) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo <= hi ? new ValueRange(lo, hi) : new ValueRange(0, 1);
    }

    /** The range over every frame of a series. */
    public static ValueRange of(List<double[]> frames) {
        return of(frames.toArray(new double[0][]));
    }

    /** Where {@code v} lies: 0 at min, 1 at max, unclamped; 0.5 for a constant field (min = max). */
    public double normalise(double v) {
        return max > min ? (v - min) / (max - min) : 0.5;
    }

    /** The value at position {@code t} (0 = min, 1 = max). */
    public double valueAt(double t) {
        return min + t * (max - min);
    }

    /**
     * Round tick values inside the range, spaced 1, 2 or 5 times a power of ten so that there are about
     * {@code target} of them (min and max themselves are labelled separately by the colour bar).
     */
    public List<Double> ticks(int target) {
        List<Double> ticks = new ArrayList<>();
        double span = max - min;
        if (!(span > 0) || target < 1) {
            return ticks;
        }
        double raw = span / target;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double factor : new double[] {1, 2, 5, 10}) {
            step = factor * magnitude;
            if (step >= raw) {
                break;
            }
        }
        for (long k = (long) Math.ceil(min / step); k * step <= max; k++) {
            double tick = k * step;
            ticks.add(Math.abs(tick) < step * 1e-9 ? 0.0 : tick);
        }
        return ticks;
    }
}
