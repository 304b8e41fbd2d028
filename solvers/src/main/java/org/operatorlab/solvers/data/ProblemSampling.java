package org.operatorlab.solvers.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.transfer.MeshGridTransfer;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.PdeFamily;
import org.operatorlab.solvers.fft.GaussianRandomField;
import org.operatorlab.solvers.problem.BoundaryCondition;
import org.operatorlab.solvers.problem.Coefficient;
import org.operatorlab.solvers.problem.Constant;
import org.operatorlab.solvers.problem.DeterministicCoefficient;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemWriter;
import org.operatorlab.solvers.problem.RandomCoefficient;
import org.operatorlab.solvers.problem.RandomFieldSpec;
import org.operatorlab.solvers.problem.TimeSpec;

/**
 * Turns a problem file with random inputs into the {@link SampleFamily} the generator draws from.
 * Supported: {@code darcy} (random a or f) and {@code poisson} (random f) on grids with u = 0 on every
 * boundary; {@code burgers} and {@code navier_stokes} with a random initial condition on periodic grids.
 * Random fields on non-periodic grids use the Neumann cosine basis (as the FNO paper's Darcy data), on
 * periodic grids the Fourier basis.
 */
public final class ProblemSampling {
    private ProblemSampling() { }

    /** The sample family of {@code problem}; {@code snapshots} states are recorded for time-dependent families. */
    public static SampleFamily family(Problem problem, int snapshots) {
        if (!problem.hasRandomInputs()) {
            throw new IllegalArgumentException("problem '" + problem.name() + "' has no random input (a coefficient or initial"
                    + " condition of the form {\"random\": {...}}), so every sample would be the same");
        }
        String json = ProblemWriter.toJson(problem);
        ProblemDomain domain = ProblemDomains.mesh(problem);
        if (domain instanceof ProblemDomain.Triangulated t) {
            return meshFamily(problem, t.mesh(), json);
        }
        ProblemDomain.Grid g = (ProblemDomain.Grid) domain;
        UniformGrid grid = g.grid();
        return switch (problem.pde().family()) {
            case DARCY -> darcy(problem, grid, json);
            case POISSON -> {
                requireZeroDirichlet(problem);
                yield GridEllipticFamily.poisson(grid, random(problem, "f", grid), json);
            }
            case BURGERS -> TimeDependentFamily.burgers(grid, randomInitial(problem, grid), number(problem, "nu"),
                    duration(problem), time(problem).dt(), snapshots, json);
            case NAVIER_STOKES -> TimeDependentFamily.navierStokes(grid, randomInitial(problem, grid), number(problem, "nu"),
                    nodal(problem.pde().coefficient("f"), grid, "f"), duration(problem), time(problem).dt(), snapshots, json);
            default -> throw new IllegalArgumentException("data generation supports darcy, poisson, burgers and navier_stokes;"
                    + " problem '" + problem.name() + "' is " + problem.pde().family().key());
        };
    }

    /** Darcy with a random coefficient a on a triangle mesh, u = 0 on every boundary. */
    private static SampleFamily meshFamily(Problem problem, TriangleMesh mesh, String json) {
        if (problem.pde().family() != PdeFamily.DARCY || !problem.pde().coefficient("a").isRandom()
                || problem.pde().coefficient("f").isRandom()) {
            throw new IllegalArgumentException("data generation on a triangle mesh supports darcy with a random"
                    + " coefficient a (and a deterministic f); problem '" + problem.name() + "' is "
                    + problem.pde().family().key() + " (use a grid mesh for the other families)");
        }
        requireZeroDirichlet(problem);
        Coefficient f = problem.pde().coefficient("f");
        if (!(f instanceof DeterministicCoefficient d)) {
            throw new IllegalArgumentException("coefficient f must be deterministic here");
        }
        UniformGrid box = MeshGridTransfer.boundingGrid(mesh, MeshEllipticFamily.FIELD_NODES, MeshEllipticFamily.FIELD_NODES);
        // an evaluator serves one thread; data generation solves on several
        ThreadLocal<DeterministicCoefficient.PointFunction> source = ThreadLocal.withInitial(d::evaluator);
        return new MeshEllipticFamily(mesh, box, random(problem, "a", box), (x, y) -> source.get().value(x, y, 0),
                new ArrayList<>(problem.effectiveBoundaryConditions().keySet()), json);
    }

    private static SampleFamily darcy(Problem problem, UniformGrid grid, String json) {
        requireZeroDirichlet(problem);
        Coefficient a = problem.pde().coefficient("a");
        Coefficient f = problem.pde().coefficient("f");
        if (a.isRandom() && f.isRandom()) {
            throw new IllegalArgumentException("problem '" + problem.name() + "': data generation draws one random input;"
                    + " make either a or f deterministic");
        }
        if (a.isRandom()) {
            return GridEllipticFamily.darcy(grid, random(problem, "a", grid), nodal(f, grid, "f"), json);
        }
        double[] coefficient = nodal(a, grid, "a");
        return GridEllipticFamily.darcySource(grid, coefficient, random(problem, "f", grid), json);
    }

    private static void requireZeroDirichlet(Problem problem) {
        List<String> others = new ArrayList<>();
        problem.effectiveBoundaryConditions().forEach((name, bc) -> {
            if (!(bc instanceof BoundaryCondition.Dirichlet d && d.value() instanceof Constant c && c.value() == 0)) {
                others.add(name + " (" + bc.type() + ")");
            }
        });
        if (!others.isEmpty()) {
            throw new IllegalArgumentException("problem '" + problem.name() + "': data generation needs u = 0 on every"
                    + " boundary, but " + String.join(", ", others) + " differ");
        }
    }

    /** The sampler of a random coefficient. */
    private static LongFunction<double[]> random(Problem problem, String name, UniformGrid grid) {
        Coefficient c = problem.pde().coefficient(name);
        if (!(c instanceof RandomCoefficient r)) {
            throw new IllegalArgumentException("problem '" + problem.name() + "': coefficient " + name + " is not random");
        }
        return sampler(r.field(), grid);
    }

    private static LongFunction<double[]> randomInitial(Problem problem, UniformGrid grid) {
        Coefficient c = problem.initial().orElseThrow(() -> new IllegalArgumentException(
                "problem '" + problem.name() + "' has no initial condition")).value();
        if (!(c instanceof RandomCoefficient r)) {
            throw new IllegalArgumentException("problem '" + problem.name() + "': data generation for "
                    + problem.pde().family().key() + " draws the initial condition; make it {\"random\": {...}}");
        }
        return sampler(r.field(), grid);
    }

    static LongFunction<double[]> sampler(RandomFieldSpec spec, UniformGrid grid) {
        GaussianRandomField field = field(spec, grid);
        if (spec instanceof RandomFieldSpec.GrfThreshold t) {
            return GridEllipticFamily.thresholded(field, t.threshold(), t.above(), t.below());
        }
        double mean = ((RandomFieldSpec.Grf) spec).mean();
        return seed -> {
            double[] v = field.sample(seed);
            for (int p = 0; p < v.length; p++) v[p] += mean;
            return v;
        };
    }

    private static GaussianRandomField field(RandomFieldSpec s, UniformGrid grid) {
        if (grid.dimension() == 1) {
            if (!grid.periodicX()) {
                throw new IllegalArgumentException("random fields on a 1D grid need a periodic interval, got " + grid);
            }
            return GaussianRandomField.periodic1d(grid.nx(), s.alpha(), s.tau(), s.sigma());
        }
        if (grid.periodicX() && grid.periodicY()) {
            return GaussianRandomField.periodic2d(grid.nx(), grid.ny(), s.alpha(), s.tau(), s.sigma());
        }
        if (grid.periodicX() || grid.periodicY()) {
            throw new IllegalArgumentException("random fields need a grid periodic along both axes or neither, got " + grid);
        }
        return GaussianRandomField.neumann2d(grid.nx(), grid.ny(), s.alpha(), s.tau(), s.sigma());
    }

    private static double[] nodal(Coefficient c, UniformGrid grid, String name) {
        if (!(c instanceof DeterministicCoefficient d)) {
            throw new IllegalArgumentException("coefficient " + name + " must be deterministic here");
        }
        int n = grid.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                x[grid.index(i, j)] = grid.x(i);
                y[grid.index(i, j)] = grid.y(j);
            }
        }
        double[] out = new double[n];
        d.evaluate(x, y, 0, out);
        return out;
    }

    private static double number(Problem problem, String name) {
        Coefficient c = problem.pde().coefficient(name);
        if (c instanceof Constant k) {
            return k.value();
        }
        throw new IllegalArgumentException("problem '" + problem.name() + "': " + name + " must be a number");
    }

    private static TimeSpec time(Problem problem) {
        return problem.time().orElseThrow(() -> new IllegalArgumentException(
                "problem '" + problem.name() + "' has no \"time\" section"));
    }

    private static double duration(Problem problem) {
        return time(problem).end() - time(problem).start();
    }
}
