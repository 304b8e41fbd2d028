package org.operatorlab.solvers.solve;

import org.operatorlab.mesh.grid.GridTriangulation;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.data.ProblemSampling;
import org.operatorlab.solvers.data.SampleSolve;
import org.operatorlab.solvers.data.SampleSolver;
import org.operatorlab.solvers.data.SolverChoice;
import org.operatorlab.solvers.fd.LinearSystem;
import org.operatorlab.solvers.fem.FemSystem;
import org.operatorlab.solvers.problem.GeometrySpec;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;

/**
 * Steady families (poisson, darcy, helmholtz, convection_diffusion): P1 elements on a triangle mesh; the
 * 5-point operator on a grid where it applies ({@link FivePointSystem#covers}), else P1 elements on the grid
 * cut into triangles, so any boundary data work on grids too.
 */
final class EllipticSolve {
    private static final int PHASES = 2;

    private final SolveOptions options;

    EllipticSolve(SolveOptions options) {
        this.options = options;
    }

    SolveOutcome solve(Problem problem, ProblemDomain domain, ProgressListener progress, CancellationToken cancel) {
        long start = System.nanoTime();
        progress.progress(0, PHASES, "assembling " + problem.pde().family().key());
        if (domain instanceof ProblemDomain.Triangulated t) {
            if (problem.hasRandomInputs()) {
                return bySampleFamily(problem, domain, t.mesh(), progress, cancel, start);
            }
            return byElements(problem, domain, FieldSet.on(t.mesh()), t.mesh(), progress, cancel, start);
        }
        UniformGrid grid = ((ProblemDomain.Grid) domain).grid();
        if (!(problem.geometry() instanceof GeometrySpec.Rectangle)) {
            throw new IllegalArgumentException("a grid mesh solves " + problem.pde().family().key() + " on a rectangle only,"
                    + " not on a " + problem.geometry().shape() + "; use \"mesh\": {\"type\": \"triangles\", ...}");
        }
        if (FivePointSystem.covers(problem)) {
            return byFiniteDifferences(problem, domain, grid, progress, cancel, start);
        }
        if (problem.hasRandomInputs()) {
            throw new IllegalArgumentException("problem '" + problem.name() + "' has a random input; on grids those are"
                    + " solved by the 5-point operator, which needs u = 0 on every side (and constant epsilon and velocity)");
        }
        return byElements(problem, domain, FieldSet.on(grid), GridTriangulation.of(grid), progress, cancel, start);
    }

    private SolveOutcome byElements(Problem problem, ProblemDomain domain, FieldSet empty, TriangleMesh mesh,
                                    ProgressListener progress, CancellationToken cancel, long start) {
        FemSystem system = FemEllipticSystem.assemble(problem, mesh);
        cancel.throwIfCancelled();
        SolverPlan plan = SolverPlan.choose(options, FemEllipticSystem.kind(problem), problem.pde().family().key(), null);
        int free = 0;
        for (boolean fixed : system.fixed()) {
            free += fixed ? 0 : 1;
        }
        progress.progress(1, PHASES, "solving " + free + " unknowns");
        LinearSolution x = LinearSolve.run(plan, system.matrix(), system.rhs(), options.tolerance(), cancel);
        double[] u = x.x();
        // Fixed rows are identity rows with the prescribed value on the right: restore it exactly, not to tolerance.
        for (int i = 0; i < u.length; i++) {
            if (system.fixed()[i]) {
                u[i] = system.rhs()[i];
            }
        }
        FieldSet fields = InputFields.add(empty.withNodal("u", u), problem, NodePoints.of(mesh), null, 0);
        progress.progress(PHASES, PHASES, "solved");
        return new SolveOutcome(domain, fields, null, stats(x, free, start));
    }

    /**
     * A random input on a triangle mesh: sample 0 of {@code generate --seed s}, drawn and solved by the same
     * sample family that generates data sets, so the two agree exactly.
     */
    private SolveOutcome bySampleFamily(Problem problem, ProblemDomain domain, TriangleMesh mesh,
                                        ProgressListener progress, CancellationToken cancel, long start) {
        RandomInput random = RandomInput.draw(problem, options.seed());
        SampleSolver solver = ProblemSampling.family(problem, 1).newSolver(
                "direct".equals(options.method()) ? SolverChoice.DIRECT : SolverChoice.CG, options.tolerance());
        cancel.throwIfCancelled();
        progress.progress(1, PHASES, "solving " + solver.stateLength() + " unknowns");
        double[] state = new double[solver.stateLength()];
        SampleSolve result = solver.solve(random.values(), state);
        if (!result.converged()) {
            throw new IllegalStateException("the solver did not converge on '" + problem.name() + "' (relative residual "
                    + result.relativeResidual() + " after " + result.iterations() + " iterations)");
        }
        double[] u = new double[mesh.nodeCount()];
        solver.toOutput(state, u);
        FieldSet fields = InputFields.add(FieldSet.on(mesh).withNodal("u", u), problem, NodePoints.of(mesh), random, 0);
        progress.progress(PHASES, PHASES, "solved");
        boolean direct = "direct".equals(options.method());
        return new SolveOutcome(domain, fields, null, new SolveStatistics(direct ? "direct" : "cg", direct ? "none" : "mic0", solver.stateLength(),
                result.iterations(), result.relativeResidual(), (System.nanoTime() - start) / 1e9, 0));
    }

    private SolveOutcome byFiniteDifferences(Problem problem, ProblemDomain domain, UniformGrid grid,
                                             ProgressListener progress, CancellationToken cancel, long start) {
        NodePoints nodes = NodePoints.of(grid);
        RandomInput random = RandomInput.draw(problem, options.seed());
        FivePointSystem.Assembled assembled = FivePointSystem.assemble(problem, grid, nodes, random);
        LinearSystem system = assembled.system();
        SolverPlan plan = SolverPlan.choose(options, FemEllipticSystem.kind(problem), problem.pde().family().key(),
                assembled.hint());
        progress.progress(1, PHASES, "solving " + system.rhs().length + " unknowns");
        LinearSolution x = LinearSolve.run(plan, system.matrix(), system.rhs(), options.tolerance(), cancel);
        FieldSet fields = FieldSet.on(grid).withNodal("u", system.toNodes(x.x(), grid.nodeCount(), 0));
        fields = InputFields.add(fields, problem, nodes, random, 0);
        progress.progress(PHASES, PHASES, "solved");
        return new SolveOutcome(domain, fields, null, stats(x, system.rhs().length, start));
    }

    private static SolveStatistics stats(LinearSolution x, int unknowns, long start) {
        return new SolveStatistics(x.method(), x.preconditioner(), unknowns, x.iterations(), x.relativeResidual(),
                (System.nanoTime() - start) / 1e9, 0);
    }
}
