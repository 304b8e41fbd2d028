package org.operatorlab.solvers.solve;

import org.operatorlab.solvers.krylov.DirectSolver;
import org.operatorlab.solvers.krylov.KrylovSolver;
import org.operatorlab.solvers.krylov.SolveResult;
import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * A plan's solver for a sequence of systems (time steps): sums the iterations, keeps the worst residual, and
 * turns a failed solve into a one-line {@link NotConvergedException}. For one thread.
 */
final class TrackingSolver implements KrylovSolver {
    private final SolverPlan plan;
    private final double tolerance;
    private int iterations;
    private double worstResidual;

    TrackingSolver(SolverPlan plan, double tolerance) {
        this.plan = plan;
        this.tolerance = tolerance;
    }

    @Override
    public SolveResult solve(LinearOperator a, double[] b, double[] x, Preconditioner m) {
        SolveResult r = plan.solver().solve(a, b, x, m);
        iterations += r.iterations();
        worstResidual = Math.max(worstResidual, r.relativeResidual());
        if (!r.converged()) {
            throw plan.solver() instanceof DirectSolver
                    ? NotConvergedException.direct(plan.label(), r.relativeResidual(), r.status(), tolerance)
                    : NotConvergedException.iterative(plan.label(), r.relativeResidual(), r.iterations(), tolerance);
        }
        return r;
    }

    @Override
    public String name() { return plan.solver().name(); }

    int iterations() { return iterations; }

    double worstResidual() { return worstResidual; }
}
