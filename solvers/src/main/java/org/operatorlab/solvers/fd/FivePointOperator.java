package org.operatorlab.solvers.fd;

import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * 5-point finite-difference operators on the interior nodes of a non-periodic 2D {@link UniformGrid},
 * with u = 0 on the boundary nodes. Unknown k is interior node (i, j), i = 1..nx-2, j = 1..ny-2, numbered
 * x fastest; the matrices are assembled straight into CSR (rows sorted), no triplet pass.
 */
public final class FivePointOperator {
    private FivePointOperator() { }

    /**
     * −∇·(a∇u) = f. The coefficient on the face between two nodes is the harmonic mean of their nodal
     * values, 2 a<sub>P</sub> a<sub>Q</sub> / (a<sub>P</sub> + a<sub>Q</sub>), the usual choice for
     * discontinuous a (it keeps the flux continuous). Symmetric positive definite for a > 0.
     *
     * @param coefficientAtNodes (Input) a at every grid node, length nx*ny, all > 0. Not modified.
     * @param sourceAtNodes      (Input) f at every grid node, length nx*ny. Not modified.
     */
    public static LinearSystem darcy(UniformGrid grid, double[] coefficientAtNodes, double[] sourceAtNodes) {
        checkGrid(grid);
        checkLength("coefficient", coefficientAtNodes, grid);
        checkLength("source", sourceAtNodes, grid);
        for (int p = 0; p < coefficientAtNodes.length; p++) {
            if (!(coefficientAtNodes[p] > 0) || !Double.isFinite(coefficientAtNodes[p])) {
                throw new IllegalArgumentException("diffusion coefficient must be positive and finite, got "
                        + coefficientAtNodes[p] + " at node " + p);
            }
        }
        double[] a = coefficientAtNodes;
        return assemble(grid, sourceAtNodes, (p, q, axis) -> 2 * a[p] * a[q] / (a[p] + a[q]), 0, 0);
    }

    /** −Δu = f with u = 0 on the boundary. */
    public static LinearSystem poisson(UniformGrid grid, double[] sourceAtNodes) {
        checkGrid(grid);
        checkLength("source", sourceAtNodes, grid);
        return assemble(grid, sourceAtNodes, (p, q, axis) -> 1.0, 0, 0);
    }

    /**
     * −ε Δu + b·∇u = f with first-order upwinding of the convection term (an M-matrix, non-symmetric
     * when b ≠ 0), u = 0 on the boundary.
     */
    public static LinearSystem convectionDiffusion(UniformGrid grid, double diffusion, double bx, double by,
                                                   double[] sourceAtNodes) {
        checkGrid(grid);
        checkLength("source", sourceAtNodes, grid);
        if (!(diffusion > 0)) {
            throw new IllegalArgumentException("diffusion must be positive, got " + diffusion);
        }
        return assemble(grid, sourceAtNodes, (p, q, axis) -> diffusion, bx, by);
    }

    /** Face diffusivity between neighbouring nodes p and q (axis 0 = x, 1 = y). */
    @FunctionalInterface
    private interface FaceCoefficient {
        double between(int p, int q, int axis);
    }

    private static LinearSystem assemble(UniformGrid grid, double[] f, FaceCoefficient face, double bx, double by) {
        int nx = grid.nx();
        int mx = nx - 2;
        int my = grid.ny() - 2;
        int n = mx * my;
        double ihx2 = 1 / (grid.dx() * grid.dx());
        double ihy2 = 1 / (grid.dy() * grid.dy());
        // Upwind convection: flux b·∇u ≈ b (u_P - u_upstream)/h.
        double cxm = Math.max(bx, 0) / grid.dx();
        double cxp = Math.max(-bx, 0) / grid.dx();
        double cym = Math.max(by, 0) / grid.dy();
        double cyp = Math.max(-by, 0) / grid.dy();
        int[] ptr = new int[n + 1];
        int[] col = new int[5 * n];
        double[] val = new double[5 * n];
        double[] rhs = new double[n];
        int[] unknownToNode = new int[n];
        int nnz = 0;
        for (int j = 1; j <= my; j++) {
            for (int i = 1; i <= mx; i++) {
                int k = (j - 1) * mx + (i - 1);
                int p = j * nx + i;
                unknownToNode[k] = p;
                rhs[k] = f[p];
                double south = face.between(p, p - nx, 1) * ihy2 + cym;
                double west = face.between(p, p - 1, 0) * ihx2 + cxm;
                double east = face.between(p, p + 1, 0) * ihx2 + cxp;
                double north = face.between(p, p + nx, 1) * ihy2 + cyp;
                // Each upwind coefficient appears once off the diagonal; their sum (|bx|/hx + |by|/hy) sits on it.
                double diag = south + west + east + north;
                if (j > 1) { col[nnz] = k - mx; val[nnz++] = -south; }
                if (i > 1) { col[nnz] = k - 1; val[nnz++] = -west; }
                col[nnz] = k; val[nnz++] = diag;
                if (i < mx) { col[nnz] = k + 1; val[nnz++] = -east; }
                if (j < my) { col[nnz] = k + mx; val[nnz++] = -north; }
                ptr[k + 1] = nnz;
            }
        }
        return new LinearSystem(CsrMatrix.of(n, n, ptr, col, val), rhs, unknownToNode);
    }

    private static void checkGrid(UniformGrid grid) {
        if (grid.dimension() != 2 || grid.periodicX() || grid.periodicY()) {
            throw new IllegalArgumentException("5-point operator needs a non-periodic 2D grid, got " + grid);
        }
        if (grid.nx() < 3 || grid.ny() < 3) {
            throw new IllegalArgumentException("5-point operator needs at least 3 x 3 nodes, got "
                    + grid.nx() + " x " + grid.ny());
        }
    }

    private static void checkLength(String what, double[] v, UniformGrid grid) {
        if (v.length != grid.nodeCount()) {
            throw new IllegalArgumentException(what + " has " + v.length + " values, grid has "
                    + grid.nodeCount() + " nodes (" + grid.nx() + " x " + grid.ny() + ")");
        }
    }
}
