package org.operatorlab.solvers.solve;

import java.util.ArrayList;
import java.util.List;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.field.TimeSeries;
import org.operatorlab.mesh.field.TimeStep;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.fft.FftPlans;
import org.operatorlab.solvers.problem.Constant;
import org.operatorlab.solvers.problem.PdeFamily;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.TimeSpec;
import org.operatorlab.solvers.time.Burgers1d;
import org.operatorlab.solvers.time.NavierStokes2d;
import org.operatorlab.solvers.time.SemilinearSpectralSystem;
import org.operatorlab.solvers.time.SpectralTimeStepper;

/**
 * Periodic families by the pseudo-spectral IF-RK4 stepper: burgers (field "u") on a periodic interval,
 * navier_stokes in vorticity form (field "w") on a periodic n × n square. The initial state is the
 * expression at the nodes at {@code time.start}, or one draw of its random field with the seed. A final step
 * shorter than dt lands exactly on the end.
 */
final class SpectralSolve {
    private final SolveOptions options;

    SpectralSolve(SolveOptions options) {
        this.options = options;
    }

    SolveOutcome solve(Problem problem, ProblemDomain domain, ProgressListener progress, CancellationToken cancel) {
        long start = System.nanoTime();
        UniformGrid grid = ((ProblemDomain.Grid) domain).grid();
        boolean ns = problem.pde().family() == PdeFamily.NAVIER_STOKES;
        String name = ns ? "w" : "u";
        NodePoints nodes = NodePoints.of(grid);
        TimeSpec time = problem.time().orElseThrow();
        RandomInput random = RandomInput.draw(problem, options.seed());
        double[] initial = random != null && random.name().equals(RandomInput.INITIAL) ? random.values()
                : nodes.values(NodePoints.deterministic(problem.initial().orElseThrow().value(), "initial"), time.start());
        SemilinearSpectralSystem system = ns ? navierStokes(problem, grid, nodes, random) : burgers(problem, grid);

        int steps = time.steps();
        double lastDt = (time.end() - time.start()) - (steps - 1) * time.dt();
        SpectralTimeStepper stepper = new SpectralTimeStepper(system, time.dt());
        SpectralTimeStepper last = Math.abs(lastDt - time.dt()) <= 1e-9 * time.dt() ? stepper
                : new SpectralTimeStepper(system, lastDt);
        FieldSet empty = FieldSet.on(grid);
        double[] spectrum = new double[system.spectrumLength()];
        system.toSpectral(initial, spectrum);
        double[] state = new double[system.sampleLength()];
        system.toPhysical(spectrum, state);
        List<TimeStep> snapshots = new ArrayList<>();
        snapshots.add(new TimeStep(time.start(), empty.withNodal(name, state.clone())));
        int every = problem.outputs().every();
        for (int s = 1; s <= steps; s++) {
            cancel.throwIfCancelled();
            (s == steps ? last : stepper).step(spectrum);
            double t = s == steps ? time.end() : time.start() + s * time.dt();
            if (s % every == 0 || s == steps) {
                system.toPhysical(spectrum, state);
                requireFinite(state, t, time.dt());
                snapshots.add(new TimeStep(t, empty.withNodal(name, state.clone())));
            }
            progress.progress(s, steps, "time step " + s + " of " + steps + ", t = " + (float) t);
        }
        FieldSet fields = empty.withNodal(name, state).withNodal(name + "0", initial);
        fields = InputFields.add(fields, problem, nodes, random, time.start());
        SolveStatistics stats = new SolveStatistics("if-rk4 pseudo-spectral", "none", system.sampleLength(), 0, Double.NaN,
                (System.nanoTime() - start) / 1e9, steps);
        return new SolveOutcome(domain, fields, new TimeSeries(snapshots), stats);
    }

    private static SemilinearSpectralSystem burgers(Problem problem, UniformGrid grid) {
        return new Burgers1d(new FftPlans(), grid.nx(), grid.xMax() - grid.xMin(), nu(problem));
    }

    private static SemilinearSpectralSystem navierStokes(Problem problem, UniformGrid grid, NodePoints nodes, RandomInput random) {
        double width = grid.xMax() - grid.xMin();
        if (grid.nx() != grid.ny() || Math.abs(width - (grid.yMax() - grid.yMin())) > 1e-12 * width) {
            throw new IllegalArgumentException("navier_stokes needs a square box with nx = ny, got " + grid.nx() + " x "
                    + grid.ny() + " nodes on " + width + " x " + (grid.yMax() - grid.yMin()));
        }
        double[] drawn = random == null ? null : random.valuesOf("f");
        double[] f = drawn != null ? drawn : nodes.values(NodePoints.deterministic(problem.pde().coefficient("f"), "f"), 0);
        return new NavierStokes2d(new FftPlans(), grid.nx(), width, nu(problem), f);
    }

    private static double nu(Problem problem) {
        return ((Constant) problem.pde().coefficient("nu")).value();
    }

    private static void requireFinite(double[] u, double t, double dt) {
        for (double v : u) {
            if (!Double.isFinite(v)) {
                throw new ArithmeticException("the spectral solution blew up before t = " + t + " with dt = " + dt
                        + "; reduce the time step");
            }
        }
    }
}
