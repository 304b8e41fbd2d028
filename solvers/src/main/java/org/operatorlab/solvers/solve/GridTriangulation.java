package org.operatorlab.solvers.solve;

import java.util.List;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * The triangle mesh of a non-periodic 2D grid: each cell cut along its rising diagonal, nodes numbered as the
 * grid's ({@code j * nx + i}) so nodal values are grid fields, sides named like a rectangle's. Lets P1 elements
 * solve what the 5-point operator does not cover (boundary data other than u = 0, variable velocity, heat).
 */
final class GridTriangulation {
    static final List<String> SIDES = List.of("left", "right", "bottom", "top");

    private GridTriangulation() { }

    static TriangleMesh of(UniformGrid grid) {
        if (grid.dimension() != 2 || grid.periodicX() || grid.periodicY()) {
            throw new IllegalArgumentException("only a non-periodic 2D grid can be cut into triangles, got " + grid);
        }
        int nx = grid.nx();
        int ny = grid.ny();
        NodePoints p = NodePoints.of(grid);
        int[] triangles = new int[6 * (nx - 1) * (ny - 1)];
        int t = 0;
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                int a = grid.index(i, j), b = grid.index(i + 1, j), c = grid.index(i + 1, j + 1), d = grid.index(i, j + 1);
                triangles[t++] = a; triangles[t++] = b; triangles[t++] = c;
                triangles[t++] = a; triangles[t++] = c; triangles[t++] = d;
            }
        }
        int edges = 2 * (nx - 1) + 2 * (ny - 1);
        int[] boundary = new int[2 * edges];
        int[] tags = new int[edges];
        int e = 0;
        for (int j = 0; j < ny - 1; j++) {
            e = edge(boundary, tags, e, grid.index(0, j + 1), grid.index(0, j), 0);
            e = edge(boundary, tags, e, grid.index(nx - 1, j), grid.index(nx - 1, j + 1), 1);
        }
        for (int i = 0; i < nx - 1; i++) {
            e = edge(boundary, tags, e, grid.index(i, 0), grid.index(i + 1, 0), 2);
            e = edge(boundary, tags, e, grid.index(i + 1, ny - 1), grid.index(i, ny - 1), 3);
        }
        return new TriangleMesh(p.x(), p.y(), triangles, boundary, tags, SIDES);
    }

    private static int edge(int[] boundary, int[] tags, int e, int from, int to, int tag) {
        boundary[2 * e] = from;
        boundary[2 * e + 1] = to;
        tags[e] = tag;
        return e + 1;
    }
}
