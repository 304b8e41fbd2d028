package org.operatorlab.mesh.tri;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable 2D mesh of linear (P1) triangles with named boundary edges.
 *
 * <p>Triangles are stored counter-clockwise, three node indices each. Every boundary edge carries the
 * index of its boundary name, so boundary conditions of a problem file can be applied by name.
 * Services (adjacency, point location, quality) live in their own classes and take a mesh.
 */
public final class TriangleMesh {
    private final double[] x;
    private final double[] y;
    private final int[] triangles;
    private final int[] boundaryEdges;
    private final int[] boundaryEdgeTags;
    private final List<String> boundaryNames;

    /**
     * @param x node x coordinates (copied)
     * @param y node y coordinates (copied)
     * @param triangles three node indices per element, counter-clockwise (copied)
     * @param boundaryEdges two node indices per boundary edge (copied)
     * @param boundaryEdgeTags for each boundary edge, an index into {@code boundaryNames} (copied)
     * @param boundaryNames the names of the boundaries
     */
    public TriangleMesh(double[] x, double[] y, int[] triangles, int[] boundaryEdges,
                        int[] boundaryEdgeTags, List<String> boundaryNames) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " nodes but y has " + y.length);
        }
        if (triangles.length % 3 != 0 || boundaryEdges.length % 2 != 0
                || boundaryEdgeTags.length * 2 != boundaryEdges.length) {
            throw new IllegalArgumentException("inconsistent triangle or boundary-edge arrays");
        }
        for (int v : triangles) {
            if (v < 0 || v >= x.length) {
                throw new IllegalArgumentException("triangle refers to node " + v + " of " + x.length);
            }
        }
        for (int t : boundaryEdgeTags) {
            if (t < 0 || t >= boundaryNames.size()) {
                throw new IllegalArgumentException("boundary edge tag " + t + " has no name");
            }
        }
        this.x = x.clone();
        this.y = y.clone();
        this.triangles = triangles.clone();
        this.boundaryEdges = boundaryEdges.clone();
        this.boundaryEdgeTags = boundaryEdgeTags.clone();
        this.boundaryNames = List.copyOf(boundaryNames);
    }

    public int nodeCount() { return x.length; }
    public int elementCount() { return triangles.length / 3; }
    public int boundaryEdgeCount() { return boundaryEdgeTags.length; }

    public double x(int node) { return x[node]; }
    public double y(int node) { return y[node]; }

    /** Node {@code k} (0..2) of element {@code e}. */
    public int node(int e, int k) { return triangles[3 * e + k]; }

    /** Signed area of element {@code e} (positive for counter-clockwise). */
    public double area(int e) {
        int a = triangles[3 * e], b = triangles[3 * e + 1], c = triangles[3 * e + 2];
        return 0.5 * ((x[b] - x[a]) * (y[c] - y[a]) - (x[c] - x[a]) * (y[b] - y[a]));
    }

    /** Endpoint {@code k} (0 or 1) of boundary edge {@code edge}. */
    public int boundaryEdgeNode(int edge, int k) { return boundaryEdges[2 * edge + k]; }
    public int boundaryEdgeTag(int edge) { return boundaryEdgeTags[edge]; }
    public String boundaryEdgeName(int edge) { return boundaryNames.get(boundaryEdgeTags[edge]); }
    public List<String> boundaryNames() { return boundaryNames; }

    /** Copies of the raw arrays, for writers and fast kernels. */
    public double[] xCoordinates() { return x.clone(); }
    public double[] yCoordinates() { return y.clone(); }
    public int[] triangleArray() { return triangles.clone(); }
    public int[] boundaryEdgeArray() { return boundaryEdges.clone(); }
    public int[] boundaryEdgeTagArray() { return boundaryEdgeTags.clone(); }

    @Override
    public String toString() {
        return "TriangleMesh[nodes=" + nodeCount() + ", elements=" + elementCount()
                + ", boundaryEdges=" + boundaryEdgeCount() + ", boundaries=" + boundaryNames + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TriangleMesh m && Arrays.equals(x, m.x) && Arrays.equals(y, m.y)
                && Arrays.equals(triangles, m.triangles) && Arrays.equals(boundaryEdges, m.boundaryEdges)
                && Arrays.equals(boundaryEdgeTags, m.boundaryEdgeTags) && boundaryNames.equals(m.boundaryNames);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(triangles);
    }
}
