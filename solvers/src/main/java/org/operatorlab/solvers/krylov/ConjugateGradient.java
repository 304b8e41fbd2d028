package org.operatorlab.solvers.krylov;

import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * Preconditioned conjugate gradients for symmetric positive definite A and M. The recursively updated
 * residual drives the iteration; when it meets the tolerance the true residual b − A x is computed
 * (one extra product, counted) and the iteration continues from it if it does not.
 */
public final class ConjugateGradient implements KrylovSolver {
    private final SolverOptions options;

    public ConjugateGradient(SolverOptions options) {
        this.options = options;
    }

    @Override
    public String name() { return "cg"; }

    @Override
    public SolveResult solve(LinearOperator a, double[] b, double[] x, Preconditioner m) {
        IterationLog log = IterationLog.start(name(), a, b, x, options);
        int n = b.length;
        double[] r = new double[n];
        double[] z = new double[n];
        double[] p = new double[n];
        double[] ap = new double[n];
        double rNorm = Vectors.residual(a, b, x, r);
        log.record(rNorm);
        boolean restart = true;
        double rz = 0;
        while (!log.reached(rNorm) || !trueResidualReached(a, b, x, r, log)) {
            if (log.iterations() >= options.maxIterations()) {
                return log.finish(false, Vectors.norm(r), SolveResult.MAX_ITERATIONS);
            }
            if (log.reached(rNorm)) {
                restart = true; // the true residual replaced r: rebuild the search direction
            }
            m.apply(r, z);
            double rzNew = Vectors.dot(r, z);
            if (restart) {
                System.arraycopy(z, 0, p, 0, n);
                restart = false;
            } else {
                double beta = rzNew / rz;
                for (int i = 0; i < n; i++) {
                    p[i] = z[i] + beta * p[i];
                }
            }
            rz = rzNew;
            double pap = a.applyDot(p, ap);
            if (brokeDown(pap, rz)) {
                log.iteration(rNorm);
                return log.finish(false, rNorm, breakdownStatus(pap, rz));
            }
            rNorm = advance(rz / pap, p, ap, x, r);
            log.iteration(rNorm);
        }
        return log.finish(true, Vectors.norm(r), SolveResult.CONVERGED);
    }

    /** x += α p, r −= α Ap in one pass; returns the new ||r||. */
    static double advance(double alpha, double[] p, double[] ap, double[] x, double[] r) {
        double ss = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] += alpha * p[i];
            double ri = r[i] - alpha * ap[i];
            r[i] = ri;
            ss += ri * ri;
        }
        return Math.sqrt(ss);
    }

    /** Replaces r by the true residual; true when it meets the tolerance. */
    static boolean trueResidualReached(LinearOperator a, double[] b, double[] x, double[] r, IterationLog log) {
        log.extraProduct();
        return log.reached(Vectors.residual(a, b, x, r));
    }

    /** CG (plain or deflated) cannot go on: the operator or the preconditioner is not positive definite. */
    static boolean brokeDown(double pAp, double rz) {
        return !(pAp > 0) || !(rz > 0);
    }

    static String breakdownStatus(double pAp, double rz) {
        return "breakdown: p·Ap = " + pAp + ", r·z = " + rz + " (matrix or preconditioner not SPD?)";
    }
}
