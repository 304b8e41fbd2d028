package org.operatorlab.solvers.data;

import java.io.IOException;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.solvers.fd.FivePointOperator;
import org.operatorlab.solvers.fd.LinearSystem;
import org.operatorlab.solvers.fft.GaussianRandomField;

/**
 * An elliptic family on a 2D grid with u = 0 on the boundary whose random input is a nodal field:
 * Darcy (input a) or Poisson (input f). Inputs and outputs are (ny, nx) arrays over all grid nodes.
 */
public final class GridEllipticFamily implements SampleFamily {
    private final String name;
    private final UniformGrid grid;
    private final LongFunction<double[]> draw;
    private final Function<double[], LinearSystem> assemble;
    private final boolean symmetric;
    private final String problemJson;

    private GridEllipticFamily(String name, UniformGrid grid, LongFunction<double[]> draw,
                               Function<double[], LinearSystem> assemble, boolean symmetric, String problemJson) {
        if (grid.dimension() != 2 || grid.periodicX() || grid.periodicY()) {
            throw new IllegalArgumentException(name + " data generation needs a non-periodic 2D grid, got " + grid);
        }
        this.name = name;
        this.grid = grid;
        this.draw = draw;
        this.assemble = assemble;
        this.symmetric = symmetric;
        this.problemJson = problemJson;
    }

    /** −∇·(a∇u) = f, u = 0 on the boundary, with a random coefficient a drawn by {@code coefficient}. */
    public static GridEllipticFamily darcy(UniformGrid grid, LongFunction<double[]> coefficient, double[] sourceAtNodes,
                                           String problemJson) {
        double[] f = sourceAtNodes.clone();
        return new GridEllipticFamily("darcy", grid, coefficient, a -> FivePointOperator.darcy(grid, a, f), true, problemJson);
    }

    /** −∇·(a∇u) = f, u = 0 on the boundary, with a fixed coefficient a and a random source f. */
    public static GridEllipticFamily darcySource(UniformGrid grid, double[] coefficientAtNodes, LongFunction<double[]> source,
                                                 String problemJson) {
        double[] a = coefficientAtNodes.clone();
        return new GridEllipticFamily("darcy", grid, source, f -> FivePointOperator.darcy(grid, a, f), true, problemJson);
    }

    /** −Δu = f, u = 0 on the boundary, with a random source f drawn by {@code source}. */
    public static GridEllipticFamily poisson(UniformGrid grid, LongFunction<double[]> source, String problemJson) {
        return new GridEllipticFamily("poisson", grid, source, f -> FivePointOperator.poisson(grid, f), true, problemJson);
    }

    /**
     * The FNO paper's Darcy coefficient: {@code above} where a Gaussian random field is >= {@code threshold},
     * else {@code below} (paper: GRF (−Δ + 9I)^−2 on the grid with Neumann cosines, 12 / 3, threshold 0).
     */
    public static LongFunction<double[]> thresholded(GaussianRandomField field, double threshold, double above, double below) {
        return seed -> {
            double[] g = field.sample(seed);
            for (int p = 0; p < g.length; p++) {
                g[p] = g[p] >= threshold ? above : below;
            }
            return g;
        };
    }

    public UniformGrid grid() { return grid; }

    @Override public String name() { return name; }
    @Override public long[] inputShape() { return new long[] {grid.ny(), grid.nx()}; }
    @Override public long[] outputShape() { return new long[] {grid.ny(), grid.nx()}; }
    @Override public boolean sortable() { return true; }

    @Override
    public double[] drawInput(long sampleSeed) {
        double[] input = draw.apply(sampleSeed);
        if (input.length != grid.nodeCount()) {
            throw new IllegalStateException(name + ": drawn input has " + input.length + " values, grid has "
                    + grid.nodeCount() + " nodes");
        }
        return input;
    }

    @Override
    public double[] orderingFeatures(double[] input) {
        return GridFeatures.blockMeans(input, grid.nx(), grid.ny(), DatasetGenerator.FEATURE_SIDE);
    }

    @Override
    public SampleSolver newSolver(SolverChoice choice, double tolerance) {
        int unknowns = (grid.nx() - 2) * (grid.ny() - 2);
        return EllipticSolvers.solver(choice, symmetric, tolerance, assemble, unknowns);
    }

    @Override
    public void writeCoordinates(NpzWriter out) throws IOException {
        double[] x = new double[grid.nx()];
        double[] y = new double[grid.ny()];
        for (int i = 0; i < x.length; i++) x[i] = grid.x(i);
        for (int j = 0; j < y.length; j++) y[j] = grid.y(j);
        out.put("x", x, x.length);
        out.put("y", y, y.length);
    }

    @Override
    public String problemJson() { return problemJson; }
}
