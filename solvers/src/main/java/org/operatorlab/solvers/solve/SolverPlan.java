package org.operatorlab.solvers.solve;

import org.operatorlab.solvers.krylov.BiCgStab;
import org.operatorlab.solvers.krylov.ConjugateGradient;
import org.operatorlab.solvers.krylov.DirectSolver;
import org.operatorlab.solvers.krylov.Gmres;
import org.operatorlab.solvers.krylov.KrylovSolver;
import org.operatorlab.solvers.krylov.SolverOptions;

/**
 * The linear solver and preconditioner for one kind of system, as {@link SolveOptions#method()} asks.
 * "auto": CG for SPD systems (with the caller's grid preconditioner, e.g. fast Poisson, else IC(0));
 * GMRES({@value #RESTART}) + ILU(0) otherwise, with a sparse LU fallback when GMRES stalls on a system of at
 * most {@value #DIRECT_FALLBACK_UNKNOWNS} unknowns.
 *
 * @param directFallback whether a stalled iterative solve may be retried by sparse LU
 */
record SolverPlan(KrylovSolver solver, PreconditionerChoice preconditioner, boolean directFallback) {
    /** GMRES cycle length: indefinite Helmholtz needs longer cycles than GMRES(30) to make progress. */
    static final int RESTART = 50;
    /**
     * Largest system the LU fallback takes. EJML's sparse LU here uses no fill-reducing ordering: on P1 Helmholtz
     * over a disk it took 2.5-3.5 s for 2,683 unknowns and 92-100 s for 10,793 (GMRES(50)+ILU(0): 1.1 s and 3.9 s).
     */
    static final int DIRECT_FALLBACK_UNKNOWNS = 5_000;

    /**
     * @param family           the problem family, named in errors
     * @param gridPreconditioner a preconditioner fitted to the system (fast Poisson on a grid), or null
     */
    static SolverPlan choose(SolveOptions options, SystemKind kind, String family, PreconditionerChoice gridPreconditioner) {
        boolean spd = kind == SystemKind.SYMMETRIC_POSITIVE_DEFINITE;
        PreconditionerChoice fitted = gridPreconditioner != null ? gridPreconditioner
                : spd ? PreconditionerChoice.ic0() : PreconditionerChoice.ilu0();
        SolverOptions krylov = new SolverOptions(options.tolerance(), options.maxIterations(), RESTART, 0);
        return switch (options.method()) {
            case "direct" -> new SolverPlan(spd ? DirectSolver.cholesky() : DirectSolver.lu(), PreconditionerChoice.none(), false);
            case "cg" -> {
                if (!spd) {
                    throw new IllegalArgumentException("solver cg needs a symmetric positive definite system, and "
                            + family + " is not; use gmres, bicgstab, direct or auto");
                }
                yield new SolverPlan(new ConjugateGradient(krylov), fitted, false);
            }
            case "gmres" -> new SolverPlan(new Gmres(krylov), fitted, false);
            case "bicgstab" -> new SolverPlan(new BiCgStab(krylov), fitted, false);
            default -> spd
                    ? new SolverPlan(new ConjugateGradient(krylov), fitted, false)
                    : new SolverPlan(new Gmres(krylov), fitted, true);
        };
    }

    /** "gmres+ilu0": the solver's short name and the preconditioner, for error messages. */
    String label() {
        String solverName = solver.name().replaceAll("\\(.*\\)", "");
        return "none".equals(preconditioner.name()) ? solverName : solverName + "+" + preconditioner.name();
    }
}
