package org.operatorlab.ui.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.fem.FemSystem;
import org.operatorlab.solvers.krylov.GcroDr;
import org.operatorlab.solvers.krylov.Gmres;
import org.operatorlab.solvers.krylov.KrylovSolver;
import org.operatorlab.solvers.krylov.SolveResult;
import org.operatorlab.solvers.krylov.SolverOptions;
import org.operatorlab.solvers.precond.Ilu0;
import org.operatorlab.solvers.precond.Preconditioner;
import org.operatorlab.solvers.problem.Coefficient;
import org.operatorlab.solvers.problem.Constant;
import org.operatorlab.solvers.problem.PdeFamily;
import org.operatorlab.solvers.problem.PdeSpec;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.solve.EllipticSystems;

/**
 * The {@code recycling} step: a frequency sweep of the Helmholtz problem (wavenumber k from k_from to
 * k_to), each system solved once by restarted GMRES from zero and once by GCRO-DR, which carries a
 * recycle space of Krylov vectors from one system to the next and starts from the previous solution.
 * Both use ILU(0) and stop at the same relative residual, so their iteration counts compare directly.
 */
final class RecyclingStep {
    static final double TOLERANCE = 1e-8;
    static final int MAX_ITERATIONS = 5_000;
    static final int RESTART = 30;
    static final int RECYCLE = 10;

    private RecyclingStep() { }

    static DemoResult run(DemoStep.Recycling step, DemoRunner.Context context, ProgressListener progress,
                          CancellationToken cancel) {
        Problem problem = context.problem;
        if (problem.pde().family() != PdeFamily.HELMHOLTZ || !(context.domain instanceof ProblemDomain.Triangulated t)) {
            throw new IllegalArgumentException("the recycling demo sweeps k of a helmholtz problem on a triangle mesh;"
                    + " problem '" + problem.name() + "' is " + problem.pde().family().key());
        }
        TriangleMesh mesh = t.mesh();
        int n = step.systems();
        SolverOptions options = new SolverOptions(TOLERANCE, MAX_ITERATIONS, RESTART, RECYCLE);
        KrylovSolver plain = new Gmres(options);
        KrylovSolver recycling = new GcroDr(options);
        double[] k = new double[n];
        int[] plainIterations = new int[n];
        int[] recycledIterations = new int[n];
        double[] previous = new double[mesh.nodeCount()];
        long plainNanos = 0, recycledNanos = 0;
        for (int i = 0; i < n; i++) {
            cancel.throwIfCancelled();
            k[i] = step.kFrom() + (step.kTo() - step.kFrom()) * i / (n - 1.0);
            progress.progress(i, n, String.format(Locale.ROOT, "system %d of %d, k = %.3f", i + 1, n, k[i]));
            FemSystem system = EllipticSystems.assemble(withWavenumber(problem, k[i]), mesh);
            Preconditioner ilu = Ilu0.of(system.matrix());
            SolveResult a = plain.solve(system.matrix(), system.rhs(), new double[previous.length], ilu);
            SolveResult b = recycling.solve(system.matrix(), system.rhs(), previous, ilu);
            requireConverged(a, plain, k[i]);
            requireConverged(b, recycling, k[i]);
            plainIterations[i] = a.iterations();
            recycledIterations[i] = b.iterations();
            plainNanos += a.nanos();
            recycledNanos += b.nanos();
        }
        progress.progress(n, n, "solved " + n + " systems twice");
        long plainTotal = java.util.Arrays.stream(plainIterations).sum();
        long recycledTotal = java.util.Arrays.stream(recycledIterations).sum();
        String summary = String.format(Locale.ROOT, "%d Helmholtz systems, k from %.2f to %.2f, %d unknowns: %s from zero"
                        + " took %d iterations (%.0f ms), %s with warm starts %d iterations (%.0f ms): %.1fx fewer iterations",
                n, step.kFrom(), step.kTo(), previous.length, plain.name(), plainTotal, plainNanos / 1e6,
                recycling.name(), recycledTotal, recycledNanos / 1e6, (double) plainTotal / recycledTotal);
        return new DemoResult.Recycling(summary, mesh, previous, "k", k, plainIterations, recycledIterations,
                plain.name(), recycling.name());
    }

    /** The problem with its wavenumber replaced by the number {@code k}. */
    static Problem withWavenumber(Problem p, double k) {
        Map<String, List<Coefficient>> coefficients = new LinkedHashMap<>(p.pde().coefficients());
        coefficients.put("k", List.of(new Constant(k)));
        return new Problem(p.name(), p.description(), p.geometry(), p.mesh(), new PdeSpec(p.pde().family(), coefficients),
                p.boundary(), p.initial(), p.time(), p.outputs());
    }

    private static void requireConverged(SolveResult r, KrylovSolver solver, double k) {
        if (!r.converged()) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s did not converge at k = %.3f: relative residual"
                    + " %.2e after %d iterations", solver.name(), k, r.relativeResidual(), r.iterations()));
        }
    }
}
