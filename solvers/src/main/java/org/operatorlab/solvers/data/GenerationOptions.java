package org.operatorlab.solvers.data;

/**
 * What to generate: how many samples, from which seed, with which solver, on how many threads, and
 * to which relative residual ({@code ||b - A x|| <= tolerance ||b||}) iterative solvers converge.
 */
public record GenerationOptions(int samples, long seed, SolverChoice solver, int threads, double tolerance) {
    public static final double DEFAULT_TOLERANCE = 1e-8;

    public GenerationOptions {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
        }
        if (solver == null) {
            throw new IllegalArgumentException("solver is missing");
        }
    }

    /** Options with the default tolerance, using every available core. */
    public static GenerationOptions of(int samples, long seed, SolverChoice solver) {
        return new GenerationOptions(samples, seed, solver, Runtime.getRuntime().availableProcessors(), DEFAULT_TOLERANCE);
    }

    public GenerationOptions withThreads(int n) { return new GenerationOptions(samples, seed, solver, n, tolerance); }

    public GenerationOptions withSolver(SolverChoice s) { return new GenerationOptions(samples, seed, s, threads, tolerance); }

    public GenerationOptions withTolerance(double t) { return new GenerationOptions(samples, seed, solver, threads, t); }
}
