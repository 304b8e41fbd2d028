package org.operatorlab.solvers.solve;

/** A linear solve stopped short of its tolerance; the message is one line for the CLI. */
public final class NotConvergedException extends RuntimeException {
    private NotConvergedException(String message) {
        super(message);
    }

    /** "solver gmres+ilu0 did not converge: relative residual 3.2e-4 after 5000 iterations (tolerance 1e-10)". */
    static NotConvergedException iterative(String solver, double relativeResidual, int iterations, double tolerance) {
        return new NotConvergedException("solver " + solver + " did not converge: relative residual "
                + SolveStatistics.scientific(relativeResidual) + " after " + iterations + " iterations (tolerance "
                + SolveStatistics.scientific(tolerance).replace("1.0e", "1e") + ")");
    }

    /** A direct solve that broke down (singular matrix) or left a residual above {@code limit}. */
    static NotConvergedException direct(String solver, double relativeResidual, String status, double limit) {
        return new NotConvergedException("solver " + solver + " failed: " + status + ", relative residual "
                + SolveStatistics.scientific(relativeResidual) + " (limit " + SolveStatistics.scientific(limit) + ")");
    }
}
