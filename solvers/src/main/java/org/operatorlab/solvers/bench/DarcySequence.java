package org.operatorlab.solvers.bench;

import java.util.ArrayList;
import java.util.List;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.solvers.fd.FivePointOperator;
import org.operatorlab.solvers.fd.LinearSystem;
import org.operatorlab.solvers.fft.GaussianRandomField;

/**
 * The FNO paper's Darcy data sets as linear systems: a = 12 where a Gaussian random field with
 * covariance (−Δ + 9I)<sup>−2</sup> (Neumann cosine basis) is ≥ 0, else 3; f = 1; u = 0 on the boundary;
 * 5-point finite differences with harmonic-mean faces on the unit square.
 */
final class DarcySequence {
    final UniformGrid grid;
    final List<double[]> coefficients = new ArrayList<>();
    final List<LinearSystem> systems = new ArrayList<>();

    private DarcySequence(UniformGrid grid) {
        this.grid = grid;
    }

    /** {@code count} systems on an (interior+2)² node grid, field seeds seed, seed+1, ... */
    static DarcySequence generate(int interior, int count, long seed) {
        int nodes = interior + 2;
        UniformGrid grid = UniformGrid.of(nodes, nodes, 0, 0, 1, 1);
        GaussianRandomField field = GaussianRandomField.neumann2d(nodes, nodes, 2, 3,
                GaussianRandomField.fnoSigma(2, 3, 2));
        double[] source = new double[grid.nodeCount()];
        java.util.Arrays.fill(source, 1);
        DarcySequence sequence = new DarcySequence(grid);
        for (int s = 0; s < count; s++) {
            double[] g = field.sample(seed + s);
            double[] a = new double[g.length];
            for (int p = 0; p < g.length; p++) {
                a[p] = g[p] >= 0 ? 12 : 3;
            }
            sequence.coefficients.add(a);
            sequence.systems.add(FivePointOperator.darcy(grid, a, source));
        }
        return sequence;
    }

    int interiorX() { return grid.nx() - 2; }
    int interiorY() { return grid.ny() - 2; }
}
