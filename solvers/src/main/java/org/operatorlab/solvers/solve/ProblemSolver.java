package org.operatorlab.solvers.solve;

import java.util.Objects;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;

/**
 * Solves a problem file end to end (what {@code operatorlab solve} runs): builds its mesh or grid, then
 * hands it to the solver of its family: {@link EllipticSolve} (poisson, darcy, helmholtz,
 * convection_diffusion), {@link HeatSolve} (heat), {@link SpectralSolve} (burgers, navier_stokes).
 *
 * <pre>{@code
 * SolveOutcome out = new ProblemSolver(SolveOptions.defaults()).solve(ProblemReader.read(path), listener, token);
 * System.err.println(out.stats().summary());
 * }</pre>
 * Stateless between calls; each call may run on its own thread.
 */
public final class ProblemSolver {
    private final SolveOptions options;

    public ProblemSolver(SolveOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @throws NotConvergedException when a linear solve misses the tolerance (one-line message)
     * @throws IllegalArgumentException when the problem asks for something these solvers do not do (one line)
     * @throws org.operatorlab.mesh.task.CancelledException when {@code cancel} is set during the solve
     */
    public SolveOutcome solve(Problem problem, ProgressListener progress, CancellationToken cancel) {
        cancel.throwIfCancelled();
        ProblemDomain domain = ProblemDomains.mesh(problem);
        return solve(problem, domain, progress, cancel);
    }

    /** Solves on a domain already built from the problem (e.g. shown in the GUI before solving). */
    public SolveOutcome solve(Problem problem, ProblemDomain domain, ProgressListener progress, CancellationToken cancel) {
        return switch (problem.pde().family()) {
            case POISSON, DARCY, HELMHOLTZ, CONVECTION_DIFFUSION -> new EllipticSolve(options).solve(problem, domain, progress, cancel);
            case HEAT -> new HeatSolve(options).solve(problem, domain, progress, cancel);
            case BURGERS, NAVIER_STOKES -> new SpectralSolve(options).solve(problem, domain, progress, cancel);
        };
    }
}
