package org.operatorlab.solvers.problem;

/** A coefficient with a definite value at every point and time. */
public sealed interface DeterministicCoefficient extends Coefficient permits Constant, ExpressionCoefficient {

    /** A point function; not thread-safe: take one per thread (cheap). */
    interface PointFunction {
        double value(double x, double y, double t);
    }

    @Override
    default boolean isRandom() { return false; }

    /** A fresh evaluator for the calling thread. */
    PointFunction evaluator();

    /** Values at the points (x[i], y[i]) at time t into {@code out}; thread-safe. */
    default void evaluate(double[] x, double[] y, double t, double[] out) {
        if (x.length != y.length || out.length != x.length) {
            throw new IllegalArgumentException("evaluate needs x, y and out of one length, got "
                    + x.length + ", " + y.length + ", " + out.length);
        }
        PointFunction f = evaluator();
        for (int i = 0; i < out.length; i++) {
            out[i] = f.value(x[i], y[i], t);
        }
    }
}
