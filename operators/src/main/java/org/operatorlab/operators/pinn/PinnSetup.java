package org.operatorlab.operators.pinn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.operatorlab.mesh.geometry.BoundingBox;
import org.operatorlab.mesh.tri.MeshGenerator;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.operators.nn.Mlp;
import org.operatorlab.operators.tensor.Activation;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.solvers.problem.BoundaryCondition;
import org.operatorlab.solvers.problem.Coefficient;
import org.operatorlab.solvers.problem.DeterministicCoefficient;
import org.operatorlab.solvers.problem.GeometrySpec;
import org.operatorlab.solvers.problem.PdeFamily;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.TimeSpec;

/**
 * Turns a problem file into a PINN loss: samples the collocation points (inside the mesh, on each named
 * boundary, at the start time, at both ends of a periodic interval), builds the network and the
 * residual and boundary terms. Everything that differs between problems is decided here.
 */
public final class PinnSetup {
    private PinnSetup() {
    }

    public static PinnLoss build(Problem problem, PinnConfig config) {
        PdeFamily family = problem.pde().family();
        PdeResidual.requireSupported(family);
        SplittableRandom rng = new SplittableRandom(config.seed());
        int inputs = PdeResidual.inputs(family);
        int[] widths = new int[config.hidden().length + 2];
        widths[0] = inputs;
        System.arraycopy(config.hidden(), 0, widths, 1, config.hidden().length);
        widths[widths.length - 1] = 1;
        JetMlp mlp = new JetMlp(Mlp.of("pinn", Activation.TANH, DType.FLOAT64, rng.split(), widths));
        TimeSpec time = problem.time().orElse(null);
        List<BoundaryTerm> terms = new ArrayList<>();
        Points interior;
        PinnNetwork network;
        if (family == PdeFamily.BURGERS) {
            GeometrySpec.Interval line = (GeometrySpec.Interval) problem.geometry();
            interior = withTime(uniformLine(line, config.interiorPoints(), rng), time, rng);
            Points start = atTime(uniformLine(line, config.initialPoints(), rng), time.start());
            terms.add(BoundaryTerm.initial(initialValue(problem), start));
            double[] t = uniformTimes(config.boundaryPoints(), time, rng);
            terms.add(BoundaryTerm.periodic(endPoints(line.xmin(), t), endPoints(line.xmax(), t)));
            network = new PinnNetwork(mlp, null);
        } else {
            MeshSampler sampler = new MeshSampler(mesh(problem));
            Points space = sampler.interior(config.interiorPoints(), rng);
            interior = family.isTimeDependent() ? withTime(space, time, rng) : space;
            Map<String, BoundaryCondition> conditions = problem.effectiveBoundaryConditions();
            boolean hard = config.hardDirichlet();
            if (hard) {
                network = new PinnNetwork(mlp, ansatz(problem, sampler.mesh(), conditions));
            } else {
                network = new PinnNetwork(mlp, null);
                double total = conditions.keySet().stream().mapToDouble(sampler::boundaryLength).sum();
                for (Map.Entry<String, BoundaryCondition> e : conditions.entrySet()) {
                    int n = Math.max(1, (int) Math.round(config.boundaryPoints() * sampler.boundaryLength(e.getKey()) / total));
                    Points p = sampler.boundary(e.getKey(), n, rng);
                    terms.add(BoundaryTerm.condition(e.getKey(), e.getValue(), family.isTimeDependent() ? withTime(p, time, rng) : p));
                }
            }
            if (family.isTimeDependent()) {
                Points start = atTime(sampler.interior(config.initialPoints(), rng), time.start());
                terms.add(BoundaryTerm.initial(initialValue(problem), start));
            }
        }
        return new PinnLoss(network, interior, new PdeResidual(problem.pde(), interior), PdeResidual.secondOrder(family),
                terms, config.boundaryWeight());
    }

    /**
     * The network of a model trained for {@code problem} with {@code config}, before its weights are
     * loaded: same layers and, with hard Dirichlet conditions, the same distance function (rebuilt from
     * the problem's geometry, so a model file needs to keep only the weights).
     */
    public static PinnNetwork network(Problem problem, PinnConfig config) {
        PdeFamily family = problem.pde().family();
        PdeResidual.requireSupported(family);
        int inputs = PdeResidual.inputs(family);
        int[] widths = new int[config.hidden().length + 2];
        widths[0] = inputs;
        System.arraycopy(config.hidden(), 0, widths, 1, config.hidden().length);
        widths[widths.length - 1] = 1;
        JetMlp mlp = new JetMlp(Mlp.of("pinn", Activation.TANH, DType.FLOAT64, new SplittableRandom(config.seed()), widths));
        if (!config.hardDirichlet()) {
            return new PinnNetwork(mlp, null);
        }
        TriangleMesh mesh = mesh(problem);
        return new PinnNetwork(mlp, ansatz(problem, mesh, problem.effectiveBoundaryConditions()));
    }

    /**
     * Whether u = g can be imposed exactly through a distance function: a steady 2D problem with one
     * Dirichlet value on every boundary.
     */
    public static boolean canImposeExactly(Problem problem) {
        PdeFamily family = problem.pde().family();
        if (family.isTimeDependent() || family == PdeFamily.BURGERS) {
            return false;
        }
        DeterministicCoefficient value = null;
        for (BoundaryCondition c : problem.effectiveBoundaryConditions().values()) {
            if (!(c instanceof BoundaryCondition.Dirichlet d) || (value != null && !value.equals(d.value()))) {
                return false;
            }
            value = d.value();
        }
        return value != null;
    }

    /** The problem's triangle mesh; a grid problem gets a triangulation of its rectangle. */
    static TriangleMesh mesh(Problem problem) {
        ProblemDomain domain = ProblemDomains.mesh(problem);
        if (domain instanceof ProblemDomain.Triangulated t) {
            return t.mesh();
        }
        var geometry = ProblemDomains.geometry(problem.geometry());
        BoundingBox box = geometry.bounds();
        return MeshGenerator.generate(geometry, Math.max(box.xMax() - box.xMin(), box.yMax() - box.yMin()) / 32);
    }

    private static DirichletAnsatz ansatz(Problem problem, TriangleMesh mesh, Map<String, BoundaryCondition> conditions) {
        if (problem.pde().family().isTimeDependent()) {
            throw new IllegalArgumentException("hard Dirichlet conditions are for steady problems; "
                    + problem.pde().family().key() + " takes them as loss terms");
        }
        DeterministicCoefficient value = null;
        for (Map.Entry<String, BoundaryCondition> e : conditions.entrySet()) {
            if (!(e.getValue() instanceof BoundaryCondition.Dirichlet d)) {
                throw new IllegalArgumentException("hard Dirichlet conditions need Dirichlet on every boundary; \""
                        + e.getKey() + "\" is " + e.getValue().type());
            }
            if (value != null && !value.equals(d.value())) {
                throw new IllegalArgumentException("hard Dirichlet conditions need one boundary value for all boundaries; \""
                        + e.getKey() + "\" differs (use soft conditions)");
            }
            value = d.value();
        }
        return new DirichletAnsatz(new BoundaryDistance(mesh), value);
    }

    private static DeterministicCoefficient initialValue(Problem problem) {
        Coefficient c = problem.initial().orElseThrow(() -> new IllegalArgumentException(
                "a time-dependent problem needs an initial condition")).value();
        if (!(c instanceof DeterministicCoefficient d)) {
            throw new IllegalArgumentException("the initial condition is random; the PINN engine solves one instance:"
                    + " give it as a number or a formula in x, y");
        }
        return d;
    }

    private static Points uniformLine(GeometrySpec.Interval line, int n, SplittableRandom rng) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble(line.xmin(), line.xmax());
        }
        return new Points(x, null, null, null, null);
    }

    private static Points endPoints(double x, double[] t) {
        double[] xs = new double[t.length];
        java.util.Arrays.fill(xs, x);
        return new Points(xs, null, t, null, null);
    }

    private static double[] uniformTimes(int n, TimeSpec time, SplittableRandom rng) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = rng.nextDouble(time.start(), time.end());
        }
        return t;
    }

    private static Points withTime(Points p, TimeSpec time, SplittableRandom rng) {
        return new Points(p.x(), p.y(), uniformTimes(p.size(), time, rng), p.nx(), p.ny());
    }

    private static Points atTime(Points p, double t0) {
        double[] t = new double[p.size()];
        java.util.Arrays.fill(t, t0);
        return new Points(p.x(), p.y(), t, p.nx(), p.ny());
    }
}
