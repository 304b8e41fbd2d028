package org.operatorlab.solvers.linalg;

/** A square linear map y = A x, known only through its action (matrix-free solvers need no more). */
public interface LinearOperator {
    /** Number of rows (= columns). */
    int size();

    /**
     * Computes y = A x.
     *
     * @param x (Input) length {@link #size()}. Not modified.
     * @param y (Output) length {@link #size()}; overwritten. Must not alias {@code x}.
     */
    void apply(double[] x, double[] y);

    /**
     * Computes y = A x and returns x · y (what CG needs for its step length); matrices do both in one pass.
     *
     * @param x (Input) length {@link #size()}. Not modified.
     * @param y (Output) length {@link #size()}; overwritten. Must not alias {@code x}.
     */
    default double applyDot(double[] x, double[] y) {
        apply(x, y);
        return Vectors.dot(x, y);
    }
}
