package org.operatorlab.operators.engine;

import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.ProblemDomain;

/**
 * The node coordinates of a problem's grid or mesh, in the nodal order of its fields: [nodes, d]
 * row-major with d = 1 on a 1D grid and 2 otherwise.
 */
record NodeCoordinates(double[] values, int dimension) {
    static NodeCoordinates of(ProblemDomain domain) {
        if (domain instanceof ProblemDomain.Grid g) {
            UniformGrid grid = g.grid();
            int d = grid.dimension();
            double[] v = new double[grid.nodeCount() * d];
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    int k = grid.index(i, j);
                    v[k * d] = grid.x(i);
                    if (d == 2) {
                        v[k * d + 1] = grid.y(j);
                    }
                }
            }
            return new NodeCoordinates(v, d);
        }
        TriangleMesh mesh = ((ProblemDomain.Triangulated) domain).mesh();
        double[] v = new double[mesh.nodeCount() * 2];
        for (int k = 0; k < mesh.nodeCount(); k++) {
            v[2 * k] = mesh.x(k);
            v[2 * k + 1] = mesh.y(k);
        }
        return new NodeCoordinates(v, 2);
    }

    int count() { return values.length / dimension; }

    /** Each axis' minimum then maximum: {min_0, .., min_d-1, max_0, .., max_d-1}. */
    double[] box() {
        double[] b = new double[2 * dimension];
        for (int a = 0; a < dimension; a++) {
            b[a] = Double.POSITIVE_INFINITY;
            b[dimension + a] = Double.NEGATIVE_INFINITY;
        }
        for (int k = 0; k < count(); k++) {
            for (int a = 0; a < dimension; a++) {
                b[a] = Math.min(b[a], values[k * dimension + a]);
                b[dimension + a] = Math.max(b[dimension + a], values[k * dimension + a]);
            }
        }
        return b;
    }
}
