package org.operatorlab.solvers.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.LongFunction;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.fd.LinearSystem;
import org.operatorlab.solvers.fem.FemProblem;
import org.operatorlab.solvers.fem.FemSystem;
import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * Darcy −∇·(a∇u) = f with a random coefficient a on a triangle mesh, u = 0 on every boundary, solved
 * with P1 elements. The random field is drawn on a {@value #FIELD_NODES}² grid over the mesh's bounding
 * box (the same sampler as grid data) and interpolated bilinearly to the mesh nodes; inputs and outputs
 * are values at the mesh nodes, a enters the stiffness matrix as a nodal P1 field.
 */
public final class MeshEllipticFamily implements SampleFamily {
    /** Nodes per axis of the grid the random field is drawn on. */
    public static final int FIELD_NODES = 65;

    private final TriangleMesh mesh;
    private final UniformGrid fieldGrid;
    private final LongFunction<double[]> draw;
    private final DoubleBinaryOperator source;
    private final List<String> boundaries;
    private final String problemJson;
    private final boolean[] fixed;
    private final int[] unknownToNode;

    MeshEllipticFamily(TriangleMesh mesh, UniformGrid fieldGrid, LongFunction<double[]> draw, DoubleBinaryOperator source,
                       List<String> boundaries, String problemJson) {
        this.mesh = mesh;
        this.fieldGrid = fieldGrid;
        this.draw = draw;
        this.source = source;
        this.boundaries = List.copyOf(boundaries);
        this.problemJson = problemJson;
        this.fixed = assemble(constant(1.0)).fixed();
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < fixed.length; i++) {
            if (!fixed[i]) {
                free.add(i);
            }
        }
        this.unknownToNode = free.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override public String name() { return "darcy"; }
    @Override public long[] inputShape() { return new long[] {mesh.nodeCount()}; }
    @Override public long[] outputShape() { return new long[] {mesh.nodeCount()}; }
    @Override public boolean sortable() { return true; }

    @Override
    public double[] drawInput(long sampleSeed) {
        double[] g = draw.apply(sampleSeed);
        double[] out = new double[mesh.nodeCount()];
        int nx = fieldGrid.nx(), ny = fieldGrid.ny();
        for (int v = 0; v < out.length; v++) {
            double fx = (mesh.x(v) - fieldGrid.xMin()) / fieldGrid.dx(), fy = (mesh.y(v) - fieldGrid.yMin()) / fieldGrid.dy();
            int i = Math.max(0, Math.min(nx - 2, (int) Math.floor(fx)));
            int j = Math.max(0, Math.min(ny - 2, (int) Math.floor(fy)));
            double s = Math.max(0, Math.min(1, fx - i)), t = Math.max(0, Math.min(1, fy - j));
            int g00 = fieldGrid.index(i, j);
            out[v] = (1 - s) * (1 - t) * g[g00] + s * (1 - t) * g[g00 + 1] + (1 - s) * t * g[g00 + nx] + s * t * g[g00 + nx + 1];
        }
        return out;
    }

    @Override
    public SampleSolver newSolver(SolverChoice choice, double tolerance) {
        return EllipticSolvers.solver(choice, true, tolerance, this::system, unknownToNode.length);
    }

    /** The P1 system on the free nodes (u = 0 on the fixed ones, so nothing moves to the right-hand side). */
    private LinearSystem system(double[] coefficient) {
        FemSystem full = assemble(coefficient);
        int[] position = new int[fixed.length];
        java.util.Arrays.fill(position, -1);
        for (int k = 0; k < unknownToNode.length; k++) {
            position[unknownToNode[k]] = k;
        }
        CsrMatrix a = full.matrix();
        int[] rp = a.rowPointers(), ci = a.columnIndices();
        double[] av = a.values();
        int nnz = 0;
        for (int node : unknownToNode) {
            for (int p = rp[node]; p < rp[node + 1]; p++) {
                nnz += position[ci[p]] >= 0 ? 1 : 0;
            }
        }
        int[] rows = new int[nnz], cols = new int[nnz];
        double[] vals = new double[nnz];
        double[] rhs = new double[unknownToNode.length];
        int k = 0;
        for (int r = 0; r < unknownToNode.length; r++) {
            int node = unknownToNode[r];
            rhs[r] = full.rhs()[node];
            for (int p = rp[node]; p < rp[node + 1]; p++) {
                if (position[ci[p]] >= 0) {
                    rows[k] = r;
                    cols[k] = position[ci[p]];
                    vals[k++] = av[p];
                }
            }
        }
        int n = unknownToNode.length;
        return new LinearSystem(CsrMatrix.fromTriplets(n, n, rows, cols, vals), rhs, unknownToNode.clone());
    }

    private FemSystem assemble(double[] coefficient) {
        FemProblem fem = FemProblem.on(mesh).diffusion(coefficient).source(source);
        for (String b : boundaries) {
            fem.dirichlet(b, (x, y) -> 0);
        }
        return fem.assemble();
    }

    private double[] constant(double value) {
        double[] c = new double[mesh.nodeCount()];
        java.util.Arrays.fill(c, value);
        return c;
    }

    @Override
    public void writeCoordinates(NpzWriter out) throws IOException {
        double[] xy = new double[2 * mesh.nodeCount()];
        for (int v = 0; v < mesh.nodeCount(); v++) {
            xy[2 * v] = mesh.x(v);
            xy[2 * v + 1] = mesh.y(v);
        }
        out.put("coordinates", xy, mesh.nodeCount(), 2);
        out.put("triangles", mesh.triangleArray(), mesh.elementCount(), 3);
    }

    @Override
    public String problemJson() { return problemJson; }
}
