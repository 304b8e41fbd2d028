package org.operatorlab.mesh.grid;

import java.util.ArrayList;
import java.util.List;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * A 2D grid as a triangle mesh (two triangles per cell, same node numbering), so grid results can be
 * drawn and interpolated with the mesh tools. Periodic axes are shown without the closing cells.
 */
public final class GridTriangulation {
    private GridTriangulation() { }

    public static TriangleMesh of(UniformGrid grid) {
        if (grid.dimension() != 2) {
            throw new IllegalArgumentException("only 2D grids can be triangulated, this one is "
                    + grid.nx() + " x " + grid.ny());
        }
        int nx = grid.nx(), ny = grid.ny();
        double[] x = new double[nx * ny];
        double[] y = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                x[grid.index(i, j)] = grid.x(i);
                y[grid.index(i, j)] = grid.y(j);
            }
        }
        int[] triangles = new int[6 * (nx - 1) * (ny - 1)];
        int t = 0;
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                int a = grid.index(i, j), b = grid.index(i + 1, j), c = grid.index(i + 1, j + 1), d = grid.index(i, j + 1);
                triangles[t++] = a; triangles[t++] = b; triangles[t++] = c;
                triangles[t++] = a; triangles[t++] = c; triangles[t++] = d;
            }
        }
        List<String> names = List.of("bottom", "right", "top", "left");
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < nx - 1; i++) {
            edges.add(new int[] {grid.index(i, 0), grid.index(i + 1, 0), 0});
            edges.add(new int[] {grid.index(i + 1, ny - 1), grid.index(i, ny - 1), 2});
        }
        for (int j = 0; j < ny - 1; j++) {
            edges.add(new int[] {grid.index(nx - 1, j), grid.index(nx - 1, j + 1), 1});
            edges.add(new int[] {grid.index(0, j + 1), grid.index(0, j), 3});
        }
        int[] edgeNodes = new int[2 * edges.size()];
        int[] tags = new int[edges.size()];
        for (int k = 0; k < edges.size(); k++) {
            edgeNodes[2 * k] = edges.get(k)[0];
            edgeNodes[2 * k + 1] = edges.get(k)[1];
            tags[k] = edges.get(k)[2];
        }
        return new TriangleMesh(x, y, triangles, edgeNodes, tags, names);
    }
}
