package org.operatorlab.operators.engine;

import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.solve.ProblemSolver;
import org.operatorlab.solvers.solve.SolveOptions;

/**
 * The classical solution a prediction is compared with: what {@code solve --seed} computes, which for a
 * random input is sample 0 of {@code generate --seed} (on grids and meshes alike), so reference, data
 * and the prediction's input agree.
 */
final class ClassicalReference {
    private static final double TOLERANCE = 1e-10;

    private ClassicalReference() { }

    /** The solution at the domain's nodes and the wall time of the solve. */
    record Solved(double[] values, double seconds) { }

    static Solved solve(Problem problem, ProblemDomain domain, long seed, ProgressListener progress,
                        CancellationToken cancel) {
        var outcome = new ProblemSolver(SolveOptions.defaults().withMethod("auto").withTolerance(TOLERANCE).withSeed(seed))
                .solve(problem, domain, progress, cancel);
        return new Solved(solution(outcome.fields()), outcome.stats().wallSeconds());
    }

    /** The solver's solution field: {@code u}, or the vorticity {@code w} of Navier–Stokes. */
    private static double[] solution(FieldSet fields) {
        return fields.find("u").or(() -> fields.find("w")).orElseGet(() -> fields.fields().get(0)).values();
    }
}
