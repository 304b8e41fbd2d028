package org.operatorlab.solvers.krylov;

import java.util.Arrays;
import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.linalg.Vectors;

/** Shared bookkeeping of one solve: argument checks, residual history, timing, the final result. */
final class IterationLog {
    private final long start = System.nanoTime();
    private final double bNorm;
    private final double target;
    private double[] history = new double[64];
    private int length;
    private int iterations;

    private IterationLog(double bNorm, double tolerance) {
        this.bNorm = bNorm;
        this.target = tolerance * bNorm;
    }

    /** Checks shapes and starts the clock. */
    static IterationLog start(String solver, LinearOperator a, double[] b, double[] x, SolverOptions options) {
        int n = a.size();
        Vectors.requireLength(solver + ": right-hand side", b, n);
        Vectors.requireLength(solver + ": initial guess", x, n);
        return new IterationLog(Vectors.norm(b), options.relativeTolerance());
    }

    /** The absolute residual norm to reach, tol ||b||. */
    double target() { return target; }

    double bNorm() { return bNorm; }

    boolean reached(double residualNorm) { return residualNorm <= target; }

    /** Records one more matrix-vector product with A and the residual norm after it. */
    void iteration(double residualNorm) {
        iterations++;
        record(residualNorm);
    }

    /** Counts a matrix-vector product that produced no new iterate (setup, residual check). */
    void extraProduct() { iterations++; }

    int iterations() { return iterations; }

    void record(double residualNorm) {
        if (length == history.length) {
            history = Arrays.copyOf(history, 2 * length);
        }
        history[length++] = relative(residualNorm);
    }

    double relative(double residualNorm) {
        return bNorm == 0 ? residualNorm : residualNorm / bNorm;
    }

    SolveResult finish(boolean converged, double residualNorm, String status) {
        return new SolveResult(converged, iterations, relative(residualNorm), Arrays.copyOf(history, length),
                System.nanoTime() - start, status);
    }

    SolveResult finish(double residualNorm) {
        boolean ok = reached(residualNorm);
        return finish(ok, residualNorm, ok ? SolveResult.CONVERGED : SolveResult.MAX_ITERATIONS);
    }
}
