package org.operatorlab.solvers.fd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.solvers.krylov.DirectSolver;
import org.operatorlab.solvers.linalg.CsrMatrix;

class FivePointOperatorTest {

    /** Max-norm error of the 5-point Poisson solution against u = sin(πx) sin(πy) on an n x n interior grid. */
    private static double poissonError(int interior) {
        UniformGrid grid = UniformGrid.of(interior + 2, interior + 2, 0, 0, 1, 1);
        double[] f = new double[grid.nodeCount()];
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                f[grid.index(i, j)] = 2 * Math.PI * Math.PI * Math.sin(Math.PI * grid.x(i)) * Math.sin(Math.PI * grid.y(j));
            }
        }
        LinearSystem system = FivePointOperator.poisson(grid, f);
        double[] u = new double[system.rhs().length];
        DirectSolver.cholesky().solve(system.matrix(), system.rhs(), u, null);
        double error = 0;
        for (int k = 0; k < u.length; k++) {
            int node = system.unknownToNode()[k];
            double exact = Math.sin(Math.PI * grid.x(node % grid.nx())) * Math.sin(Math.PI * grid.y(node / grid.nx()));
            error = Math.max(error, Math.abs(u[k] - exact));
        }
        return error;
    }

    @Test
    void poissonConvergesWithOrderTwo() {
        int[] sizes = {7, 15, 31, 63};
        double[] logH = new double[sizes.length];
        double[] logE = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            logH[s] = Math.log(1.0 / (sizes[s] + 1));
            logE[s] = Math.log(poissonError(sizes[s]));
        }
        // Least-squares slope of log(error) against log(h).
        double mh = 0;
        double me = 0;
        for (int s = 0; s < sizes.length; s++) {
            mh += logH[s] / sizes.length;
            me += logE[s] / sizes.length;
        }
        double num = 0;
        double den = 0;
        for (int s = 0; s < sizes.length; s++) {
            num += (logH[s] - mh) * (logE[s] - me);
            den += (logH[s] - mh) * (logH[s] - mh);
        }
        double slope = num / den;
        assertEquals(2.0, slope, 0.15, "fitted convergence order");
    }

    @Test
    void darcyUsesHarmonicMeanFacesAndIsSymmetric() {
        UniformGrid grid = UniformGrid.of(5, 4, 0, 0, 2, 1.5); // hx = 0.5, hy = 0.5
        double[] a = new double[grid.nodeCount()];
        for (int p = 0; p < a.length; p++) {
            a[p] = 1 + p % 3;
        }
        LinearSystem system = FivePointOperator.darcy(grid, a, new double[grid.nodeCount()]);
        CsrMatrix m = system.matrix();
        assertEquals(3 * 2, m.rows());
        // Unknown 0 = node (1,1) = 6, its east neighbour unknown 1 = node 7.
        int p = system.unknownToNode()[0];
        int q = system.unknownToNode()[1];
        assertEquals(6, p);
        assertEquals(7, q);
        double harmonic = 2 * a[p] * a[q] / (a[p] + a[q]);
        assertEquals(-harmonic / 0.25, m.get(0, 1), 1e-14);
        double[][] dense = m.toDense();
        for (int i = 0; i < dense.length; i++) {
            for (int j = 0; j < dense.length; j++) {
                assertEquals(dense[i][j], dense[j][i], 1e-14);
            }
        }
    }

    @Test
    void rejectsBadCoefficientNamingTheNode() {
        UniformGrid grid = UniformGrid.of(4, 4, 0, 0, 1, 1);
        double[] a = new double[16];
        java.util.Arrays.fill(a, 1);
        a[5] = 0;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FivePointOperator.darcy(grid, a, new double[16]));
        assertTrue(e.getMessage().contains("node 5"), e.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> FivePointOperator.poisson(grid, new double[15]));
        assertTrue(shape.getMessage().contains("15"), shape.getMessage());
    }
}
