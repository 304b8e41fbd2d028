package org.operatorlab.solvers.solve;

import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.solvers.krylov.DirectSolver;
import org.operatorlab.solvers.krylov.KrylovSolver;
import org.operatorlab.solvers.krylov.SolveResult;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.precond.Preconditioner;

/** Solves one steady system A x = b by a {@link SolverPlan}; failures become one-line exceptions. */
final class LinearSolve {
    /** Rounding leaves ~1e-14 on well-posed systems; beyond this the matrix is numerically singular. */
    static final double DIRECT_RESIDUAL_LIMIT = 1e-8;

    private LinearSolve() { }

    /**
     * @throws NotConvergedException when the tolerance is not reached (after the LU fallback, where the plan has one)
     * @throws org.operatorlab.mesh.task.CancelledException when cancelled between matrix-vector products
     */
    static LinearSolution run(SolverPlan plan, CsrMatrix a, double[] b, double tolerance, CancellationToken cancel) {
        cancel.throwIfCancelled();
        double[] x = new double[a.size()];
        KrylovSolver solver = plan.solver();
        if (solver instanceof DirectSolver) {
            return direct(solver, a, b, tolerance, solver.name());
        }
        Preconditioner m = plan.preconditioner().build(a);
        SolveResult r = solver.solve(new CancellableOperator(a, cancel), b, x, m);
        if (r.converged()) {
            return new LinearSolution(x, solver.name(), plan.preconditioner().name(), r.iterations(), r.relativeResidual());
        }
        if (plan.directFallback() && a.size() <= SolverPlan.DIRECT_FALLBACK_UNKNOWNS) {
            cancel.throwIfCancelled();
            DirectSolver lu = DirectSolver.lu();
            return direct(lu, a, b, tolerance, solver.name() + "→" + lu.name());
        }
        throw NotConvergedException.iterative(plan.label(), r.relativeResidual(), r.iterations(), tolerance);
    }

    private static LinearSolution direct(KrylovSolver solver, CsrMatrix a, double[] b, double tolerance, String method) {
        double[] x = new double[a.size()];
        SolveResult r = solver.solve(a, b, x, Preconditioner.identity());
        // A near-singular matrix factors "successfully" yet leaves a large residual: hold it to a limit too.
        double limit = Math.max(tolerance, DIRECT_RESIDUAL_LIMIT);
        if (!r.converged() || !(r.relativeResidual() <= limit)) {
            throw NotConvergedException.direct(solver.name(), r.relativeResidual(), r.status(), limit);
        }
        return new LinearSolution(x, method, "none", 0, r.relativeResidual());
    }
}
