package org.operatorlab.solvers.data;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.solvers.fft.FftPlans;
import org.operatorlab.solvers.time.Burgers1d;
import org.operatorlab.solvers.time.NavierStokes2d;
import org.operatorlab.solvers.time.SemilinearSpectralSystem;
import org.operatorlab.solvers.time.SpectralTimeStepper;

/**
 * A time-dependent family on a periodic grid whose random input is the initial condition: viscous
 * Burgers on a periodic interval, or 2D Navier–Stokes in vorticity form on a periodic box. The output
 * is the solution at the final time, or {@code snapshots} states at equally spaced times ending there
 * (output shape (snapshots, ...)). Samples are independent: nothing is sorted or recycled.
 */
public final class TimeDependentFamily implements SampleFamily {
    private final String name;
    private final UniformGrid grid;
    private final LongFunction<double[]> initial;
    private final Supplier<SemilinearSpectralSystem> system;
    private final double duration;
    private final double dt;
    private final int snapshots;
    private final String problemJson;

    private TimeDependentFamily(String name, UniformGrid grid, LongFunction<double[]> initial,
                                Supplier<SemilinearSpectralSystem> system, double duration, double dt, int snapshots,
                                String problemJson) {
        if (!(duration > 0) || !(dt > 0)) {
            throw new IllegalArgumentException(name + ": duration and time step must be positive, got " + duration + " and " + dt);
        }
        if (snapshots < 1) {
            throw new IllegalArgumentException(name + ": snapshots must be >= 1, got " + snapshots);
        }
        this.name = name;
        this.grid = grid;
        this.initial = initial;
        this.system = system;
        this.duration = duration;
        this.dt = dt;
        this.snapshots = snapshots;
        this.problemJson = problemJson;
    }

    /** u_t + (u²/2)_x = ν u_xx on a periodic 1D grid, from a random u0, for {@code duration}. */
    public static TimeDependentFamily burgers(UniformGrid line, LongFunction<double[]> initial, double nu,
                                              double duration, double dt, int snapshots, String problemJson) {
        if (line.dimension() != 1 || !line.periodicX()) {
            throw new IllegalArgumentException("burgers data generation needs a periodic 1D grid, got " + line);
        }
        double length = line.xMax() - line.xMin();
        return new TimeDependentFamily("burgers", line, initial,
                () -> new Burgers1d(new FftPlans(), line.nx(), length, nu), duration, dt, snapshots, problemJson);
    }

    /** ω_t + u·∇ω = ν Δω + f on a periodic n × n square grid, from a random ω0, for {@code duration}. */
    public static TimeDependentFamily navierStokes(UniformGrid box, LongFunction<double[]> initial, double nu,
                                                   double[] forcing, double duration, double dt, int snapshots,
                                                   String problemJson) {
        if (box.dimension() != 2 || !box.periodicX() || !box.periodicY() || box.nx() != box.ny()
                || box.xMax() - box.xMin() != box.yMax() - box.yMin()) {
            throw new IllegalArgumentException("navier_stokes data generation needs a periodic square n x n grid, got " + box);
        }
        double length = box.xMax() - box.xMin();
        double[] f = forcing == null ? null : forcing.clone();
        return new TimeDependentFamily("navier_stokes", box, initial,
                () -> new NavierStokes2d(new FftPlans(), box.nx(), length, nu, f), duration, dt, snapshots, problemJson);
    }

    private long[] fieldShape() {
        return grid.dimension() == 1 ? new long[] {grid.nx()} : new long[] {grid.ny(), grid.nx()};
    }

    /** The times (from the start) of the recorded states. */
    public double[] outputTimes() {
        double[] t = new double[snapshots];
        for (int s = 0; s < snapshots; s++) {
            t[s] = duration * (s + 1) / snapshots;
        }
        return t;
    }

    @Override public String name() { return name; }
    @Override public long[] inputShape() { return fieldShape(); }

    @Override
    public long[] outputShape() {
        if (snapshots == 1) {
            return fieldShape();
        }
        long[] f = fieldShape();
        long[] shape = new long[f.length + 1];
        shape[0] = snapshots;
        System.arraycopy(f, 0, shape, 1, f.length);
        return shape;
    }

    @Override public boolean sortable() { return false; }

    @Override
    public double[] drawInput(long sampleSeed) {
        double[] u0 = initial.apply(sampleSeed);
        if (u0.length != grid.nodeCount()) {
            throw new IllegalStateException(name + ": drawn initial condition has " + u0.length + " values, grid has "
                    + grid.nodeCount() + " nodes");
        }
        return u0;
    }

    @Override
    public SampleSolver newSolver(SolverChoice choice, double tolerance) {
        SpectralTimeStepper stepper = new SpectralTimeStepper(system.get(), dt);
        double[] times = outputTimes();
        int nodes = grid.nodeCount();
        return new SampleSolver() {
            @Override public int stateLength() { return nodes * snapshots; }

            @Override
            public SampleSolve solve(double[] input, double[] state) {
                double[][] states = stepper.snapshots(input, times);
                for (int s = 0; s < snapshots; s++) {
                    System.arraycopy(states[s], 0, state, s * nodes, nodes);
                }
                return SampleSolve.exact();
            }

            @Override
            public void toOutput(double[] state, double[] outputRow) {
                System.arraycopy(state, 0, outputRow, 0, state.length);
            }
        };
    }

    @Override
    public void writeCoordinates(NpzWriter out) throws IOException {
        double[] x = new double[grid.nx()];
        for (int i = 0; i < x.length; i++) x[i] = grid.x(i);
        out.put("x", x, x.length);
        if (grid.dimension() == 2) {
            double[] y = new double[grid.ny()];
            for (int j = 0; j < y.length; j++) y[j] = grid.y(j);
            out.put("y", y, y.length);
        }
        out.put("t", outputTimes(), snapshots);
    }

    @Override
    public String problemJson() { return problemJson; }

    @Override
    public String toString() { return name + " " + grid + " T=" + duration + " dt=" + dt + " " + Arrays.toString(outputShape()); }
}
