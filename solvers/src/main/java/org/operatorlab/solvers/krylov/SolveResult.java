package org.operatorlab.solvers.krylov;

/**
 * The outcome of one iterative solve. Non-convergence and breakdown are reported here, never thrown.
 *
 * @param converged        whether ||b - A x|| <= tol ||b|| was reached
 * @param iterations       matrix-vector products with A spent in the Krylov iteration (setup excluded)
 * @param relativeResidual the solver's last estimate of ||b - A x|| / ||b||
 * @param residualHistory  relative residual after each iteration, entry 0 = initial guess
 * @param nanos            wall time of the solve
 * @param status           "converged", "max iterations reached", "breakdown: ..."
 */
public record SolveResult(boolean converged, int iterations, double relativeResidual, double[] residualHistory,
                          long nanos, String status) {
    public static final String CONVERGED = "converged";
    public static final String MAX_ITERATIONS = "max iterations reached";

    public double millis() { return nanos / 1e6; }
}
