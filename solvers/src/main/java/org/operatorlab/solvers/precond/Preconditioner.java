package org.operatorlab.solvers.precond;

/**
 * An approximate inverse z = M<sup>-1</sup> r. Instances may hold work arrays and FFT plans, so one
 * instance must not be applied from two threads at once.
 */
public interface Preconditioner {
    /**
     * @param r (Input) residual. Not modified.
     * @param z (Output) overwritten with M<sup>-1</sup> r. Must not alias {@code r}.
     */
    void apply(double[] r, double[] z);

    /** M = I: copies r into z. */
    static Preconditioner identity() {
        return (r, z) -> System.arraycopy(r, 0, z, 0, r.length);
    }
}
