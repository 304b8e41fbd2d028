package org.operatorlab.solvers.problem;

/** A coefficient with one finite value everywhere. */
public record Constant(double value) implements DeterministicCoefficient {
    public static final Constant ZERO = new Constant(0);

    public Constant {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a constant coefficient must be finite, got " + value);
        }
    }

    @Override
    public PointFunction evaluator() {
        double v = value;
        return (x, y, t) -> v;
    }
}
