package org.operatorlab.solvers.krylov;

import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.solvers.fd.FivePointOperator;
import org.operatorlab.solvers.fd.LinearSystem;

/** Small model systems shared by the solver tests. */
final class TestSystems {
    private TestSystems() { }

    static UniformGrid unitSquare(int interior) {
        return UniformGrid.of(interior + 2, interior + 2, 0, 0, 1, 1);
    }

    static double[] constant(UniformGrid grid, double value) {
        double[] f = new double[grid.nodeCount()];
        java.util.Arrays.fill(f, value);
        return f;
    }

    static LinearSystem poisson(int interior) {
        UniformGrid grid = unitSquare(interior);
        return FivePointOperator.poisson(grid, constant(grid, 1));
    }

    /** a = 12 where a smooth pattern (shifted by {@code phase}) is >= 0, else 3; f = 1. */
    static LinearSystem darcy(int interior, double phase) {
        UniformGrid grid = unitSquare(interior);
        double[] a = new double[grid.nodeCount()];
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double x = grid.x(i);
                double y = grid.y(j);
                double pattern = Math.sin(3 * Math.PI * x + phase) * Math.cos(2 * Math.PI * y - 0.5 * phase)
                        + 0.3 * Math.cos(5 * Math.PI * (x + y) + phase);
                a[grid.index(i, j)] = pattern >= 0 ? 12 : 3;
            }
        }
        return FivePointOperator.darcy(grid, a, constant(grid, 1));
    }

    static LinearSystem convectionDiffusion(int interior) {
        UniformGrid grid = unitSquare(interior);
        return FivePointOperator.convectionDiffusion(grid, 0.01, 1.0, 0.5, constant(grid, 1));
    }
}
