package org.operatorlab.solvers.data;

/**
 * Solves one sample after another on one thread. An instance may keep state between calls (a Krylov
 * recycle space, a factorisation, FFT plans), so each worker thread gets its own.
 */
public interface SampleSolver {
    /** Length of the solver's state vector (unknowns of the linear system, or nodes of a time stepper). */
    int stateLength();

    /**
     * Solves for one sample.
     *
     * @param input (Input) the sample's input field, as the family drew it. Not modified.
     * @param state (Input/Output) the initial guess (the previous sample's solution, or zeros) in, the
     *              solution out; length {@link #stateLength()}
     */
    SampleSolve solve(double[] input, double[] state);

    /** Writes the solution as one output row (e.g. scatter interior unknowns to all grid nodes). */
    void toOutput(double[] state, double[] outputRow);
}
