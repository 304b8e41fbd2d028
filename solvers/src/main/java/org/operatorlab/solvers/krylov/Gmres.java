package org.operatorlab.solvers.krylov;

import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * Restarted GMRES(m) with right preconditioning, A M<sup>-1</sup> t = r, x = x<sub>0</sub> + M<sup>-1</sup> t:
 * the residual it minimises and tests is the true, unpreconditioned one. The residual is recomputed
 * as b − A x at every restart (one product, counted as an iteration).
 */
public final class Gmres implements KrylovSolver {
    private final SolverOptions options;

    public Gmres(SolverOptions options) {
        this.options = options;
    }

    @Override
    public String name() { return "gmres(" + options.restart() + ")"; }

    @Override
    public SolveResult solve(LinearOperator a, double[] b, double[] x, Preconditioner m) {
        IterationLog log = IterationLog.start(name(), a, b, x, options);
        int n = b.length;
        ArnoldiCycle cycle = new ArnoldiCycle(n, options.restart(), 0, 1);
        double[] r = new double[n];
        double[] t = new double[n];
        double[] update = new double[n];
        double beta = Vectors.residual(a, b, x, r);
        log.record(beta);
        while (!log.reached(beta)) {
            int left = options.maxIterations() - log.iterations();
            if (left <= 0) {
                return log.finish(false, beta, SolveResult.MAX_ITERATIONS);
            }
            cycle.run(a, m, r, beta, Math.min(options.restart(), left), null, 0, log);
            cycle.combine(cycle.leastSquares(), t);
            m.apply(t, update);
            Vectors.axpy(1, update, x);
            double previous = beta;
            log.extraProduct();
            beta = Vectors.residual(a, b, x, r);
            if (cycle.invariant && !log.reached(beta) && beta >= previous) {
                return log.finish(false, beta, "breakdown: Krylov space invariant without convergence");
            }
        }
        return log.finish(beta);
    }
}
