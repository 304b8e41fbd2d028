package org.operatorlab.operators.engine;

import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.data.ProblemSampling;
import org.operatorlab.solvers.data.SampleSolver;
import org.operatorlab.solvers.data.SolverChoice;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.solve.ProblemSolver;
import org.operatorlab.solvers.solve.SolveOptions;

/**
 * The classical solution a prediction is compared with: {@code solve --seed}'s for grid problems and
 * deterministic ones; for a random input on a triangle mesh (which {@code solve} does not draw) the P1
 * solve that {@code generate} runs for that input, so reference and data agree by construction.
 */
final class ClassicalReference {
    private static final double TOLERANCE = 1e-10;

    private ClassicalReference() { }

    /** The solution at the domain's nodes and the wall time of the solve. */
    record Solved(double[] values, double seconds) { }

    static Solved solve(Problem problem, ProblemDomain domain, long seed, double[] input, ProgressListener progress,
                        CancellationToken cancel) {
        long start = System.nanoTime();
        if (domain instanceof ProblemDomain.Triangulated && problem.hasRandomInputs()) {
            cancel.throwIfCancelled();
            progress.progress(0, 1, "solving the sample on the mesh");
            SampleSolver solver = ProblemSampling.family(problem, 1).newSolver(SolverChoice.DIRECT, TOLERANCE);
            double[] state = new double[solver.stateLength()];
            solver.solve(input, state);
            double[] u = new double[input.length];
            solver.toOutput(state, u);
            progress.progress(1, 1, "solved");
            return new Solved(u, (System.nanoTime() - start) * 1e-9);
        }
        var outcome = new ProblemSolver(SolveOptions.defaults().withMethod("auto").withTolerance(TOLERANCE).withSeed(seed))
                .solve(problem, domain, progress, cancel);
        return new Solved(solution(outcome.fields()), outcome.stats().wallSeconds());
    }

    /** The solver's solution field: {@code u}, or the vorticity {@code w} of Navier–Stokes. */
    private static double[] solution(FieldSet fields) {
        return fields.find("u").or(() -> fields.find("w")).orElseGet(() -> fields.fields().get(0)).values();
    }
}
