package org.operatorlab.solvers.krylov;

import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * BiCGStab (van der Vorst 1992) with right preconditioning, for non-symmetric A. Two products with A
 * per step, each counted as an iteration. Convergence is confirmed on the true residual.
 */
public final class BiCgStab implements KrylovSolver {
    private final SolverOptions options;

    public BiCgStab(SolverOptions options) {
        this.options = options;
    }

    @Override
    public String name() { return "bicgstab"; }

    @Override
    public SolveResult solve(LinearOperator a, double[] b, double[] x, Preconditioner m) {
        IterationLog log = IterationLog.start(name(), a, b, x, options);
        int n = b.length;
        double[] r = new double[n];
        double[] shadow = new double[n];
        double[] p = new double[n];
        double[] v = new double[n];
        double[] pHat = new double[n];
        double[] sHat = new double[n];
        double[] t = new double[n];
        double rNorm = Vectors.residual(a, b, x, r);
        log.record(rNorm);
        while (!log.reached(rNorm) || !ConjugateGradient.trueResidualReached(a, b, x, r, log)) {
            // (Re)start: shadow residual = current residual.
            rNorm = Vectors.norm(r);
            System.arraycopy(r, 0, shadow, 0, n);
            java.util.Arrays.fill(p, 0);
            java.util.Arrays.fill(v, 0);
            double rho = 1;
            double alpha = 1;
            double omega = 1;
            while (!log.reached(rNorm)) {
                if (log.iterations() >= options.maxIterations()) {
                    return log.finish(false, rNorm, SolveResult.MAX_ITERATIONS);
                }
                double rhoNew = Vectors.dot(shadow, r);
                if (rhoNew == 0 || omega == 0) {
                    return log.finish(false, rNorm, "breakdown: rho = " + rhoNew + ", omega = " + omega);
                }
                double beta = rhoNew / rho * (alpha / omega);
                rho = rhoNew;
                for (int i = 0; i < n; i++) {
                    p[i] = r[i] + beta * (p[i] - omega * v[i]);
                }
                m.apply(p, pHat);
                a.apply(pHat, v);
                double sv = Vectors.dot(shadow, v);
                if (sv == 0) {
                    log.iteration(rNorm);
                    return log.finish(false, rNorm, "breakdown: shadow residual orthogonal to A p");
                }
                alpha = rho / sv;
                Vectors.axpy(-alpha, v, r); // r is now s
                Vectors.axpy(alpha, pHat, x);
                double sNorm = Vectors.norm(r);
                log.iteration(sNorm);
                if (log.reached(sNorm)) {
                    rNorm = sNorm;
                    break;
                }
                m.apply(r, sHat);
                a.apply(sHat, t);
                double tt = Vectors.dot(t, t);
                omega = tt == 0 ? 0 : Vectors.dot(t, r) / tt;
                Vectors.axpy(omega, sHat, x);
                Vectors.axpy(-omega, t, r);
                rNorm = Vectors.norm(r);
                log.iteration(rNorm);
            }
        }
        return log.finish(true, Vectors.norm(r), SolveResult.CONVERGED);
    }
}
