package org.operatorlab.solvers.data;

/**
 * Told about every sample as soon as it is solved, e.g. to plot iterations per sample while a data set
 * is generated. Called from the generator's worker threads, so implementations must be thread-safe and cheap.
 */
@FunctionalInterface
public interface SampleListener {
    /**
     * @param sample   index of the sample in the data set (its row in {@code inputs}/{@code outputs})
     * @param position where the sample came in the solve sequence (the sorted order for SKR)
     * @param worker   which worker solved it, 0 to threads - 1: each solves its own contiguous run of the
     *                 sequence in order (with SKR, its own recycle space), so its samples form one curve
     * @param solve    iterations, convergence and residual of its solve
     * @param seconds  wall time of its solve
     */
    void sampleSolved(int sample, int position, int worker, SampleSolve solve, double seconds);

    /** A listener that ignores everything. */
    SampleListener NONE = (sample, position, worker, solve, seconds) -> { };
}
