package org.operatorlab.solvers.krylov;

import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * Deflated preconditioned CG with a coarse space of aggregate indicators (subdomain deflation, Nicolaides 1987;
 * Frank &amp; Vuik, SIAM J. Sci. Comput. 23, 2001): W has one column per {@link Aggregates} aggregate, so W and
 * AW are sparse and deflating each direction (p = z + βp − Wμ, E μ = (AW)ᵀz, E = WᵀAW) costs about one extra
 * pass over z, not k dense dots and axpys as with Ritz vectors ({@link RecycledCg}). The initial guess is
 * projected the same way (x₀ += W E⁻¹ Wᵀ r₀). E is built and factored (banded Cholesky) for every matrix.
 *
 * <p>Needs a {@link CsrMatrix}. Stateless apart from the aggregates, which are reused while the matrix keeps
 * its size and number of nonzeros (the same mesh).
 */
public final class CoarseDeflatedCg implements KrylovSolver {
    private final SolverOptions options;
    private final CoarseSpace.Builder coarse;

    /** @param radius aggregate radius in graph hops (5 gives diamonds of about 60 unknowns on a 5-point grid) */
    public CoarseDeflatedCg(SolverOptions options, int radius) {
        this.coarse = new CoarseSpace.Builder(radius);
        this.options = options;
    }

    @Override
    public String name() { return "coarse-deflated-cg(r=" + coarse.radius() + ")"; }

    /** Number of coarse vectors k of the last solve. */
    public int coarseSize() { return coarse.count(); }

    @Override
    public SolveResult solve(LinearOperator op, double[] b, double[] x, Preconditioner m) {
        if (!(op instanceof CsrMatrix a)) {
            throw new IllegalArgumentException("coarse-deflated CG needs an assembled CSR matrix, got " + op.getClass().getSimpleName());
        }
        IterationLog log = IterationLog.start(name(), a, b, x, options);
        CoarseSpace w = coarse.forMatrix(a);
        int[] of = w.aggregateOf();
        int n = b.length;
        double[] r = new double[n];
        double[] z = new double[n];
        double[] p = new double[n];
        double[] ap = new double[n];
        double[] mu = new double[w.count()];
        Vectors.residual(a, b, x, r);
        // x += W E⁻¹ Wᵀ r, r −= AW (same coefficients).
        w.restrict(r, mu);
        w.solve(mu);
        double ss = 0;
        for (int i = 0; i < n; i++) {
            x[i] += mu[of[i]];
            double ri = r[i] - w.awRow(i, mu);
            r[i] = ri;
            ss += ri * ri;
        }
        double rNorm = Math.sqrt(ss);
        log.record(rNorm);
        boolean restart = true;
        double rz = 0;
        while (!log.reached(rNorm) || !ConjugateGradient.trueResidualReached(a, b, x, r, log)) {
            if (log.iterations() >= options.maxIterations()) {
                return log.finish(false, Vectors.norm(r), SolveResult.MAX_ITERATIONS);
            }
            if (log.reached(rNorm)) {
                restart = true; // the true residual replaced r: rebuild the search direction
            }
            m.apply(r, z);
            double rzNew = w.awTransposeTimesAndDot(z, r, mu); // (AW)ᵀz and r·z in one pass
            w.solve(mu);
            double beta = restart ? 0 : rzNew / rz;
            restart = false;
            for (int i = 0; i < n; i++) {
                p[i] = z[i] + beta * p[i] - mu[of[i]];
            }
            rz = rzNew;
            double pap = a.applyDot(p, ap);
            if (ConjugateGradient.brokeDown(pap, rz)) {
                log.iteration(rNorm);
                return log.finish(false, rNorm, ConjugateGradient.breakdownStatus(pap, rz));
            }
            rNorm = ConjugateGradient.advance(rz / pap, p, ap, x, r);
            log.iteration(rNorm);
        }
        return log.finish(true, Vectors.norm(r), SolveResult.CONVERGED);
    }
}
