package org.operatorlab.solvers.solve;

import org.operatorlab.mesh.grid.GridTriangulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.field.TimeSeries;
import org.operatorlab.mesh.field.TimeStep;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.fem.FemProblem;
import org.operatorlab.solvers.fem.FemSystem;
import org.operatorlab.solvers.fem.P1Assembler;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.problem.BoundaryCondition;
import org.operatorlab.solvers.problem.Constant;
import org.operatorlab.solvers.problem.DeterministicCoefficient;
import org.operatorlab.solvers.problem.GeometrySpec;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.TimeSpec;
import org.operatorlab.solvers.time.ThetaScheme;

/**
 * u_t − κΔu = f by P1 elements in space and the θ-scheme in time (θ = {@value #THETA}, Crank–Nicolson), from
 * the initial condition at {@code time.start} to {@code time.end}; a final step shorter than dt lands exactly on
 * the end. Dirichlet values are set at the new time before each step; f and Neumann/Robin data are
 * re-assembled per step only when they depend on t. κ must not depend on t (the step matrix is built once).
 */
final class HeatSolve {
    static final double THETA = 0.5;

    private final SolveOptions options;

    HeatSolve(SolveOptions options) {
        this.options = options;
    }

    /** The boundary nodes of one Dirichlet side and their value. */
    private record DirichletSide(boolean[] nodes, DeterministicCoefficient value) { }

    SolveOutcome solve(Problem problem, ProblemDomain domain, ProgressListener progress, CancellationToken cancel) {
        long start = System.nanoTime();
        if (problem.hasRandomInputs()) {
            throw new IllegalArgumentException("problem '" + problem.name() + "': heat takes no random inputs");
        }
        TriangleMesh mesh = meshOf(problem, domain);
        FieldSet empty = domain instanceof ProblemDomain.Grid g ? FieldSet.on(g.grid()) : FieldSet.on(mesh);
        TimeSpec time = problem.time().orElseThrow();
        DeterministicCoefficient kappa = NodePoints.deterministic(problem.pde().coefficient("kappa"), "kappa");
        DeterministicCoefficient f = NodePoints.deterministic(problem.pde().coefficient("f"), "f");
        if (NodePoints.dependsOnTime(kappa)) {
            throw new IllegalArgumentException("heat: kappa must not depend on t (the step matrix is built once)");
        }
        DoubleBinaryOperator kappaAt = NodePoints.function(kappa, time.start());
        Double constantKappa = kappa instanceof Constant c ? c.value() : null;
        Map<String, BoundaryCondition> conditions = problem.effectiveBoundaryConditions();
        P1Assembler assembler = new P1Assembler(mesh);

        // K (with Robin terms) and the load at time t; Dirichlet sides are the stepper's business.
        LoadAssembly load = t -> {
            FemProblem fem = FemProblem.on(assembler).diffusion(kappaAt).source(NodePoints.function(f, t));
            FemBoundaries.apply(fem, conditions, kappaAt, constantKappa, t, false);
            return fem.assemble();
        };
        FemSystem initialSystem = load.at(time.start());
        CsrMatrix stiffness = initialSystem.matrix();
        boolean timeDependentLoad = NodePoints.dependsOnTime(f) || FemBoundaries.dependOnTime(conditions);

        List<DirichletSide> dirichlet = new ArrayList<>();
        boolean[] fixed = new boolean[mesh.nodeCount()];
        conditions.forEach((side, bc) -> {
            if (bc instanceof BoundaryCondition.Dirichlet d) {
                boolean[] nodes = assembler.nodesOn(side);
                dirichlet.add(new DirichletSide(nodes, d.value()));
                for (int i = 0; i < nodes.length; i++) {
                    fixed[i] |= nodes[i];
                }
            }
        });

        NodePoints points = NodePoints.of(mesh);
        double[] u = points.values(NodePoints.deterministic(problem.initial().orElseThrow().value(), "initial"), time.start());
        double[] u0 = u.clone();
        setDirichlet(u, dirichlet, points, time.start());

        SolverPlan plan = SolverPlan.choose(options, SystemKind.SYMMETRIC_POSITIVE_DEFINITE, "heat", null);
        TrackingSolver solver = new TrackingSolver(plan, options.tolerance());
        ThetaScheme.Load source = timeDependentLoad ? new CachedLoad(load)::at
                : (t, out) -> System.arraycopy(initialSystem.rhs(), 0, out, 0, out.length);
        CsrMatrix mass = assembler.mass();
        boolean movingDirichlet = conditions.values().stream()
                .anyMatch(bc -> bc instanceof BoundaryCondition.Dirichlet d && NodePoints.dependsOnTime(d.value()));
        BoundaryLift lift = movingDirichlet ? new BoundaryLift(mass, stiffness, source) : null;
        ThetaScheme.Load rhs = lift != null ? lift::at : source;
        ThetaScheme scheme = new ThetaScheme(mass, stiffness, fixed, THETA, time.dt(), solver, plan.preconditioner()::build)
                .withLoad(rhs);

        int steps = time.steps();
        double lastDt = (time.end() - time.start()) - (steps - 1) * time.dt();
        ThetaScheme last = Math.abs(lastDt - time.dt()) <= 1e-9 * time.dt() ? scheme
                : new ThetaScheme(mass, stiffness, fixed, THETA, lastDt, solver, plan.preconditioner()::build).withLoad(rhs);
        int every = problem.outputs().every();
        List<TimeStep> snapshots = new ArrayList<>();
        snapshots.add(new TimeStep(time.start(), empty.withNodal("u", u.clone())));
        double t = time.start();
        for (int s = 1; s <= steps; s++) {
            cancel.throwIfCancelled();
            ThetaScheme stepper = s == steps ? last : scheme;
            double next = s == steps ? time.end() : time.start() + s * time.dt();
            if (lift != null) {
                lift.prepare(u, fixed, stepper.dt());
            }
            setDirichlet(u, dirichlet, points, next);
            if (lift != null) {
                lift.finish(u, fixed);
            }
            stepper.advance(u, t, 1);
            t = next;
            if (s % every == 0 || s == steps) {
                snapshots.add(new TimeStep(t, empty.withNodal("u", u.clone())));
            }
            progress.progress(s, steps, "time step " + s + " of " + steps + ", t = " + (float) t);
        }
        int free = 0;
        for (boolean b : fixed) {
            free += b ? 0 : 1;
        }
        FieldSet fields = InputFields.add(empty.withNodal("u", u).withNodal("u0", u0), problem, points, null, time.end());
        SolveStatistics stats = new SolveStatistics(solver.name(), plan.preconditioner().name(), free, solver.iterations(),
                solver.worstResidual(), (System.nanoTime() - start) / 1e9, steps);
        return new SolveOutcome(domain, fields, new TimeSeries(snapshots), stats);
    }

    private static TriangleMesh meshOf(Problem problem, ProblemDomain domain) {
        if (domain instanceof ProblemDomain.Triangulated t) {
            return t.mesh();
        }
        if (!(problem.geometry() instanceof GeometrySpec.Rectangle)) {
            throw new IllegalArgumentException("a grid mesh solves heat on a rectangle only, not on a "
                    + problem.geometry().shape() + "; use \"mesh\": {\"type\": \"triangles\", ...}");
        }
        return GridTriangulation.of(((ProblemDomain.Grid) domain).grid());
    }

    private static void setDirichlet(double[] u, List<DirichletSide> sides, NodePoints points, double t) {
        for (DirichletSide side : sides) {
            DeterministicCoefficient.PointFunction g = side.value().evaluator();
            for (int i = 0; i < u.length; i++) {
                if (side.nodes()[i]) {
                    u[i] = g.value(points.x()[i], points.y()[i], t);
                }
            }
        }
    }

    /**
     * Moving Dirichlet data. The θ-scheme reads the fixed values from the state for both the implicit and the
     * explicit part, so with g<sup>n+1</sup> in the state its explicit part holds (M − (1−θ) dt K) g<sup>n+1</sup>
     * where g<sup>n</sup> belongs: an O(dt) error per step. This load adds back
     * −(M − (1−θ) dt K)(g<sup>n+1</sup> − g<sup>n</sup>) / dt on every row (the fixed rows ignore it); the scheme
     * multiplies the load by dt, so the explicit part becomes exact.
     */
    private static final class BoundaryLift {
        private final CsrMatrix mass;
        private final CsrMatrix stiffness;
        private final ThetaScheme.Load source;
        private double[] jump;
        private double[] correction;
        private double dt;

        BoundaryLift(CsrMatrix mass, CsrMatrix stiffness, ThetaScheme.Load source) {
            this.mass = mass;
            this.stiffness = stiffness;
            this.source = source;
        }

        /** Remembers g<sup>n</sup> (before the state takes g<sup>n+1</sup>). */
        void prepare(double[] u, boolean[] fixed, double stepDt) {
            int n = u.length;
            if (jump == null) {
                jump = new double[n];
                correction = new double[n];
            }
            for (int i = 0; i < n; i++) {
                jump[i] = fixed[i] ? -u[i] : 0;
            }
            dt = stepDt;
        }

        /** Forms the correction from g<sup>n+1</sup> − g<sup>n</sup>. */
        void finish(double[] u, boolean[] fixed) {
            int n = u.length;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    jump[i] += u[i];
                }
            }
            double[] kJump = new double[n];
            mass.apply(jump, correction);
            stiffness.apply(jump, kJump);
            for (int i = 0; i < n; i++) {
                correction[i] = -(correction[i] - (1 - THETA) * dt * kJump[i]) / dt;
            }
        }

        void at(double t, double[] out) {
            source.at(t, out);
            for (int i = 0; i < out.length; i++) {
                out[i] += correction[i];
            }
        }
    }

    /** K and the load vector at one time. */
    @FunctionalInterface
    private interface LoadAssembly {
        FemSystem at(double t);
    }

    /** The θ-scheme asks for F(t) and F(t + dt) each step: keep the last two so each time is assembled once. */
    private static final class CachedLoad {
        private final LoadAssembly assembly;
        private final double[] times = {Double.NaN, Double.NaN};
        private final double[][] loads = new double[2][];
        private int next;

        CachedLoad(LoadAssembly assembly) {
            this.assembly = assembly;
        }

        void at(double t, double[] out) {
            for (int k = 0; k < 2; k++) {
                if (times[k] == t) {
                    System.arraycopy(loads[k], 0, out, 0, out.length);
                    return;
                }
            }
            loads[next] = assembly.at(t).rhs();
            times[next] = t;
            System.arraycopy(loads[next], 0, out, 0, out.length);
            next = 1 - next;
        }
    }
}
