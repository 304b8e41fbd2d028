package org.operatorlab.solvers.solve;

import java.util.Locale;

/**
 * What a solve cost.
 *
 * @param method           the linear solver ("cg", "gmres(30)", "direct(lu)", "gmres(30)→direct(lu)") or time stepper
 * @param preconditioner   "ic0", "ilu0", "fast-poisson", "none"
 * @param unknowns         size of the (largest) linear system, or of the state for spectral steppers
 * @param iterations       Krylov iterations, summed over time steps (0 for direct and spectral solves)
 * @param relativeResidual ||b - A x|| / ||b|| of the solve (worst over time steps); NaN where there is no system
 * @param wallSeconds      wall time of the whole solve, assembly included
 * @param timeSteps        time steps taken (0 for steady problems)
 */
public record SolveStatistics(String method, String preconditioner, int unknowns, int iterations,
                              double relativeResidual, double wallSeconds, int timeSteps) {

    /** One line for the CLI, e.g. "cg + ic0: 3,412 unknowns, 41 iterations, relative residual 8.3e-11, 0.12 s". */
    public String summary() {
        StringBuilder s = new StringBuilder(method);
        if (!"none".equals(preconditioner)) {
            s.append(" + ").append(preconditioner);
        }
        s.append(": ").append(String.format(Locale.ROOT, "%,d unknowns", unknowns));
        if (timeSteps > 0) {
            s.append(String.format(Locale.ROOT, ", %,d time steps", timeSteps));
        }
        if (iterations > 0) {
            s.append(String.format(Locale.ROOT, ", %,d iterations", iterations));
        }
        if (!Double.isNaN(relativeResidual)) {
            s.append(", relative residual ").append(scientific(relativeResidual));
        }
        s.append(String.format(Locale.ROOT, ", %.2f s", wallSeconds));
        return s.toString();
    }

    /** 3.2e-4 rather than Java's 3.2e-04. */
    static String scientific(double v) {
        return String.format(Locale.ROOT, "%.1e", v).replaceAll("e([+-])0*(\\d)", "e$1$2").replace("e+", "e");
    }
}
