package org.operatorlab.solvers.data;

import java.nio.file.Path;

/**
 * Totals of one generation run.
 *
 * @param wallSeconds the whole run, drawing, sorting, solving and writing included
 * @param solveSeconds the sum of per-sample solve times over all threads
 * @param maxRelativeResidual the worst {@code ||b - A x|| / ||b||} reported by the solver (0 for time steppers)
 */
public record GenerationReport(Path output, String family, SolverChoice solver, int samples, int threads,
                               long totalIterations, int unconverged, double maxRelativeResidual,
                               double wallSeconds, double solveSeconds) {

    public double samplesPerSecond() { return samples / wallSeconds; }

    public double meanIterations() { return (double) totalIterations / samples; }

    /** One line for a log or the CLI. */
    public String summary() {
        return String.format("%d %s samples with %s on %d thread(s): %.2f samples/s, %d iterations (%.1f per sample),"
                        + " max residual %.2e, %d unconverged, %.2f s wall -> %s",
                samples, family, solver.id(), threads, samplesPerSecond(), totalIterations, meanIterations(),
                maxRelativeResidual, unconverged, wallSeconds, output);
    }
}
