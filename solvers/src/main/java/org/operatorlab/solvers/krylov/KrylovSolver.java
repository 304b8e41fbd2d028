package org.operatorlab.solvers.krylov;

import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * An iterative solver for A x = b. Stopping rule for all implementations: ||b - A x|| <= tol ||b||
 * on the true (unpreconditioned) residual. Recycling solvers keep state between calls, so one instance
 * belongs to one thread.
 */
public interface KrylovSolver {
    /**
     * @param a (Input) the operator. Not modified.
     * @param b (Input) right-hand side. Not modified.
     * @param x (Input/Output) initial guess in, solution out
     * @param m (Input) preconditioner; {@link Preconditioner#identity()} for none
     */
    SolveResult solve(LinearOperator a, double[] b, double[] x, Preconditioner m);

    /** Short name for tables, e.g. "gmres(30)". */
    String name();
}
