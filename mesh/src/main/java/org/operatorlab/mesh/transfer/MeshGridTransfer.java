package org.operatorlab.mesh.transfer;

import java.util.stream.IntStream;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.PointLocator;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Moves nodal values between a triangle mesh and a uniform grid over it, as neural operators on grids
 * need: mesh to grid by P1 interpolation (zero outside the mesh, with a mask saying where), grid to
 * mesh by bilinear interpolation. The element and weights of every grid node are found once.
 */
public final class MeshGridTransfer {
    /** Below this many points the loops stay on one thread. */
    private static final int PARALLEL_THRESHOLD = 1 << 14;

    private final TriangleMesh mesh;
    private final UniformGrid grid;
    private final int[] gridElement;
    private final double[] gridWeights;
    private final int[] tris;

    public MeshGridTransfer(TriangleMesh mesh, UniformGrid grid) {
        if (grid.dimension() != 2 || grid.periodicX() || grid.periodicY()) {
            throw new IllegalArgumentException("mesh-grid transfer needs a non-periodic 2D grid, got " + grid);
        }
        this.mesh = mesh;
        this.grid = grid;
        this.tris = mesh.triangleArray();
        PointLocator locator = new PointLocator(mesh);
        int n = grid.nodeCount();
        gridElement = new int[n];
        gridWeights = new double[3 * n];
        rows(grid.ny(), n).forEach(j -> {
            double[] w = new double[3];
            for (int i = 0; i < grid.nx(); i++) {
                int g = grid.index(i, j);
                int e = locator.locate(grid.x(i), grid.y(j));
                gridElement[g] = e;
                if (e >= 0) {
                    locator.barycentric(e, grid.x(i), grid.y(j), w);
                    System.arraycopy(w, 0, gridWeights, 3 * g, 3);
                }
            }
        });
    }

    private static IntStream rows(int count, int work) {
        IntStream rows = IntStream.range(0, count);
        return work >= PARALLEL_THRESHOLD ? rows.parallel() : rows;
    }

    /** The grid that covers exactly the mesh's bounding box with nx x ny nodes. */
    public static UniformGrid boundingGrid(TriangleMesh mesh, int nx, int ny) {
        double x0 = Double.POSITIVE_INFINITY, y0 = x0, x1 = Double.NEGATIVE_INFINITY, y1 = x1;
        for (int i = 0; i < mesh.nodeCount(); i++) {
            x0 = Math.min(x0, mesh.x(i));
            x1 = Math.max(x1, mesh.x(i));
            y0 = Math.min(y0, mesh.y(i));
            y1 = Math.max(y1, mesh.y(i));
        }
        return UniformGrid.of(nx, ny, x0, y0, x1, y1);
    }

    public TriangleMesh mesh() { return mesh; }

    public UniformGrid grid() { return grid; }

    /** For each grid node, whether it lies in the mesh. */
    public boolean[] mask() {
        boolean[] mask = new boolean[gridElement.length];
        for (int g = 0; g < mask.length; g++) {
            mask[g] = gridElement[g] >= 0;
        }
        return mask;
    }

    /** P1 interpolation of nodal values at the grid nodes; 0 outside the mask. */
    public double[] toGrid(double[] nodal) {
        if (nodal.length != mesh.nodeCount()) {
            throw new IllegalArgumentException("toGrid needs " + mesh.nodeCount() + " nodal values, got " + nodal.length);
        }
        double[] out = new double[gridElement.length];
        rows(grid.ny(), out.length).forEach(j -> {
            for (int g = j * grid.nx(), end = g + grid.nx(); g < end; g++) {
                int e = gridElement[g];
                if (e >= 0) {
                    out[g] = gridWeights[3 * g] * nodal[tris[3 * e]] + gridWeights[3 * g + 1] * nodal[tris[3 * e + 1]]
                            + gridWeights[3 * g + 2] * nodal[tris[3 * e + 2]];
                }
            }
        });
        return out;
    }

    /**
     * Bilinear interpolation of grid values at the mesh nodes. Corners outside the mask are left out
     * and the others reweighted, so the zeros that {@link #toGrid} puts there do not leak in; a node
     * whose cell has no masked corner takes the nearest masked value.
     */
    public double[] toMesh(double[] gridValues) {
        if (gridValues.length != grid.nodeCount()) {
            throw new IllegalArgumentException("toMesh needs " + grid.nodeCount() + " grid values, got "
                    + gridValues.length);
        }
        int n = mesh.nodeCount();
        double[] out = new double[n];
        int nx = grid.nx(), ny = grid.ny();
        double dx = grid.dx(), dy = grid.dy();
        IntStream nodes = IntStream.range(0, n);
        (n >= PARALLEL_THRESHOLD ? nodes.parallel() : nodes).forEach(v -> {
            double fx = (mesh.x(v) - grid.xMin()) / dx, fy = (mesh.y(v) - grid.yMin()) / dy;
            int i = Math.max(0, Math.min(nx - 2, (int) Math.floor(fx)));
            int j = Math.max(0, Math.min(ny - 2, (int) Math.floor(fy)));
            double s = Math.max(0, Math.min(1, fx - i)), t = Math.max(0, Math.min(1, fy - j));
            int g00 = grid.index(i, j), g10 = g00 + 1, g01 = g00 + nx, g11 = g01 + 1;
            double w00 = (1 - s) * (1 - t), w10 = s * (1 - t), w01 = (1 - s) * t, w11 = s * t;
            double sum = 0, weight = 0;
            for (int c = 0; c < 4; c++) {
                int g = c == 0 ? g00 : c == 1 ? g10 : c == 2 ? g01 : g11;
                double w = c == 0 ? w00 : c == 1 ? w10 : c == 2 ? w01 : w11;
                if (gridElement[g] >= 0) {
                    sum += w * gridValues[g];
                    weight += w;
                }
            }
            out[v] = weight > 1e-12 ? sum / weight : nearestMasked(gridValues, mesh.x(v), mesh.y(v), i, j);
        });
        return out;
    }

    /**
     * For a boundary node whose cell has no masked corner (a circle can clip a cell between its
     * corners): the value of the nearest masked node among the 4 x 4 nodes around the cell.
     */
    private double nearestMasked(double[] gridValues, double px, double py, int i, int j) {
        double best = Double.POSITIVE_INFINITY, value = 0;
        for (int jj = Math.max(0, j - 1); jj <= Math.min(grid.ny() - 1, j + 2); jj++) {
            for (int ii = Math.max(0, i - 1); ii <= Math.min(grid.nx() - 1, i + 2); ii++) {
                int g = grid.index(ii, jj);
                double d = Math.hypot(grid.x(ii) - px, grid.y(jj) - py);
                if (gridElement[g] >= 0 && d < best) {
                    best = d;
                    value = gridValues[g];
                }
            }
        }
        return value;
    }
}
