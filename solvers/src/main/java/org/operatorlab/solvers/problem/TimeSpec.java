package org.operatorlab.solvers.problem;

/** The time interval [start, end] and the step dt. */
public record TimeSpec(double start, double end, double dt) {
    public TimeSpec {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("time start, end and dt must be finite");
        }
        if (!(end > start)) {
            throw new IllegalArgumentException("time end must be after start, got start=" + start + " end=" + end);
        }
        if (!(dt > 0)) {
            throw new IllegalArgumentException("time dt must be positive, got " + dt);
        }
        if (dt > end - start) {
            throw new IllegalArgumentException("time dt=" + dt + " is longer than the interval end - start = " + (end - start));
        }
    }

    /** Steps to reach {@code end}: the last one may be shorter when dt does not divide the interval. */
    public int steps() {
        return (int) Math.ceil((end - start) / dt - 1e-9);
    }
}
