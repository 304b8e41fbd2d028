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
}
