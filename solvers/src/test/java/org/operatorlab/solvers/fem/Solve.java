package org.operatorlab.solvers.fem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.operatorlab.solvers.krylov.ConjugateGradient;
import org.operatorlab.solvers.krylov.DirectSolver;
import org.operatorlab.solvers.krylov.SolveResult;
import org.operatorlab.solvers.krylov.SolverOptions;
import org.operatorlab.solvers.precond.Ic0;
import org.operatorlab.solvers.precond.Preconditioner;

/** Solves assembled test systems and fits convergence orders. */
final class Solve {
    private Solve() {
    }

    /** SPD system by IC(0)-preconditioned CG to 1e-12. */
    static double[] spd(FemSystem s) {
        double[] u = new double[s.rhs().length];
        SolveResult r = new ConjugateGradient(SolverOptions.of(1e-12, 20_000)).solve(s.matrix(), s.rhs(), u,
                Ic0.of(s.matrix()));
        assertTrue(r.converged(), r.status());
        return u;
    }

    /** Any system by sparse LU. */
    static double[] lu(FemSystem s) {
        double[] u = new double[s.rhs().length];
        SolveResult r = DirectSolver.lu().solve(s.matrix(), s.rhs(), u, Preconditioner.identity());
        assertTrue(r.converged(), r.status());
        return u;
    }

    /** Least-squares slope of log(error) against log(h). */
    static double order(double[] h, double[] error) {
        int n = h.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(h[i]) / n;
            my += Math.log(error[i]) / n;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (Math.log(h[i]) - mx) * (Math.log(error[i]) - my);
            sxx += (Math.log(h[i]) - mx) * (Math.log(h[i]) - mx);
        }
        return sxy / sxx;
    }
}
