package org.operatorlab.solvers.solve;

import java.util.List;

/**
 * How {@link ProblemSolver} solves its linear systems and draws random inputs.
 *
 * @param method        "auto" (chosen by the system: CG for SPD, GMRES otherwise), "direct", "cg", "gmres" or "bicgstab"
 * @param tolerance     relative residual ||b - A x|| / ||b|| to reach, in (0, 1)
 * @param maxIterations limit on matrix-vector products per linear solve
 * @param seed          seed of the one sample drawn for random inputs (sample 0 of {@code generate} with this seed)
 */
public record SolveOptions(String method, double tolerance, int maxIterations, long seed) {
    public static final List<String> METHODS = List.of("auto", "direct", "cg", "gmres", "bicgstab");

    public SolveOptions {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unknown solver method \"" + method + "\"; expected one of "
                    + String.join(", ", METHODS));
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("solver tolerance must be in (0, 1), got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("solver max iterations must be at least 1, got " + maxIterations);
        }
    }

    /** auto, tolerance 1e-10, 10,000 iterations, seed 0. */
    public static SolveOptions defaults() {
        return new SolveOptions("auto", 1e-10, 10_000, 0);
    }

    public SolveOptions withMethod(String m) { return new SolveOptions(m, tolerance, maxIterations, seed); }

    public SolveOptions withTolerance(double tol) { return new SolveOptions(method, tol, maxIterations, seed); }

    public SolveOptions withMaxIterations(int max) { return new SolveOptions(method, tolerance, max, seed); }

    public SolveOptions withSeed(long s) { return new SolveOptions(method, tolerance, maxIterations, s); }
}
