package org.operatorlab.solvers.krylov;

/**
 * Settings shared by the Krylov solvers.
 *
 * @param relativeTolerance stop when ||b - A x|| <= relativeTolerance * ||b||
 * @param maxIterations     limit on matrix-vector products with A
 * @param restart           GMRES / GCRO-DR cycle length m (ignored by CG, BiCGStab)
 * @param recycleDimension  k, the number of recycled vectors (GCRO-DR, recycled CG)
 */
public record SolverOptions(double relativeTolerance, int maxIterations, int restart, int recycleDimension) {
    public SolverOptions {
        if (!(relativeTolerance > 0 && relativeTolerance < 1)) {
            throw new IllegalArgumentException("relative tolerance must be in (0, 1), got " + relativeTolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("max iterations must be >= 1, got " + maxIterations);
        }
        if (restart < 1) {
            throw new IllegalArgumentException("restart length m must be >= 1, got " + restart);
        }
        if (recycleDimension < 0 || recycleDimension >= restart) {
            throw new IllegalArgumentException("recycle dimension k must be in [0, m) = [0, " + restart + "), got "
                    + recycleDimension);
        }
    }

    /** The same settings with another recycle dimension k. */
    public SolverOptions withRecycleDimension(int k) {
        return new SolverOptions(relativeTolerance, maxIterations, restart, k);
    }

    /** tol, max iterations, m = 30, k = 10. */
    public static SolverOptions of(double relativeTolerance, int maxIterations) {
        return new SolverOptions(relativeTolerance, maxIterations, 30, 10);
    }
}
