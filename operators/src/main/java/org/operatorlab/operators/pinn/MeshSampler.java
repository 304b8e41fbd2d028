package org.operatorlab.operators.pinn;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Uniform random points inside a triangle mesh (a triangle chosen with probability proportional to its
 * area, then a uniform point in it) and on its named boundaries (an edge chosen by length, then a
 * uniform point on it), with the outward normal of the edge.
 */
public final class MeshSampler {
    private final TriangleMesh mesh;
    private final double[] cumulativeArea;
    private final double[] edgeNx;
    private final double[] edgeNy;

    public MeshSampler(TriangleMesh mesh) {
        this.mesh = mesh;
        int ne = mesh.elementCount();
        cumulativeArea = new double[ne];
        double sum = 0;
        for (int e = 0; e < ne; e++) {
            sum += mesh.area(e);
            cumulativeArea[e] = sum;
        }
        edgeNx = new double[mesh.boundaryEdgeCount()];
        edgeNy = new double[mesh.boundaryEdgeCount()];
        computeOutwardNormals();
    }

    public TriangleMesh mesh() { return mesh; }

    /** n points uniform in the meshed domain (steady: t = null). */
    public Points interior(int n, SplittableRandom rng) {
        double[] x = new double[n], y = new double[n];
        double total = cumulativeArea[cumulativeArea.length - 1];
        for (int i = 0; i < n; i++) {
            int e = pick(cumulativeArea, rng.nextDouble() * total);
            double r1 = rng.nextDouble(), r2 = rng.nextDouble();
            if (r1 + r2 > 1) {
                r1 = 1 - r1;
                r2 = 1 - r2;
            }
            int a = mesh.node(e, 0), b = mesh.node(e, 1), c = mesh.node(e, 2);
            x[i] = mesh.x(a) + r1 * (mesh.x(b) - mesh.x(a)) + r2 * (mesh.x(c) - mesh.x(a));
            y[i] = mesh.y(a) + r1 * (mesh.y(b) - mesh.y(a)) + r2 * (mesh.y(c) - mesh.y(a));
        }
        return new Points(x, y, null, null, null);
    }

    /** n points uniform along the boundary named {@code name}, with outward normals. */
    public Points boundary(String name, int n, SplittableRandom rng) {
        int tag = mesh.boundaryNames().indexOf(name);
        if (tag < 0) {
            throw new IllegalArgumentException("the mesh has no boundary \"" + name + "\"; its boundaries are "
                    + String.join(", ", mesh.boundaryNames()));
        }
        int[] edges = java.util.stream.IntStream.range(0, mesh.boundaryEdgeCount())
                .filter(k -> mesh.boundaryEdgeTag(k) == tag).toArray();
        double[] cumulative = new double[edges.length];
        double sum = 0;
        for (int k = 0; k < edges.length; k++) {
            sum += length(edges[k]);
            cumulative[k] = sum;
        }
        double[] x = new double[n], y = new double[n], nx = new double[n], ny = new double[n];
        for (int i = 0; i < n; i++) {
            int k = edges[pick(cumulative, rng.nextDouble() * sum)];
            double s = rng.nextDouble();
            int a = mesh.boundaryEdgeNode(k, 0), b = mesh.boundaryEdgeNode(k, 1);
            x[i] = mesh.x(a) + s * (mesh.x(b) - mesh.x(a));
            y[i] = mesh.y(a) + s * (mesh.y(b) - mesh.y(a));
            nx[i] = edgeNx[k];
            ny[i] = edgeNy[k];
        }
        return new Points(x, y, null, nx, ny);
    }

    /** Total length of a named boundary (for splitting a point budget). */
    public double boundaryLength(String name) {
        int tag = mesh.boundaryNames().indexOf(name);
        double sum = 0;
        for (int k = 0; k < mesh.boundaryEdgeCount(); k++) {
            if (mesh.boundaryEdgeTag(k) == tag) {
                sum += length(k);
            }
        }
        return sum;
    }

    /** Outward normal of boundary edge k (read-only use). */
    double normalX(int k) { return edgeNx[k]; }
    double normalY(int k) { return edgeNy[k]; }

    private double length(int k) {
        int a = mesh.boundaryEdgeNode(k, 0), b = mesh.boundaryEdgeNode(k, 1);
        return Math.hypot(mesh.x(b) - mesh.x(a), mesh.y(b) - mesh.y(a));
    }

    /** Edge orientation is not promised, so the normal points away from the edge's own triangle. */
    private void computeOutwardNormals() {
        Map<Long, Integer> opposite = new HashMap<>();
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int k = 0; k < 3; k++) {
                opposite.put(key(mesh.node(e, k), mesh.node(e, (k + 1) % 3)), mesh.node(e, (k + 2) % 3));
            }
        }
        for (int k = 0; k < mesh.boundaryEdgeCount(); k++) {
            int a = mesh.boundaryEdgeNode(k, 0), b = mesh.boundaryEdgeNode(k, 1);
            Integer c = opposite.get(key(a, b));
            if (c == null) {
                c = opposite.get(key(b, a));
            }
            if (c == null) {
                throw new IllegalArgumentException("boundary edge " + k + " (" + a + ", " + b + ") belongs to no triangle");
            }
            double tx = mesh.x(b) - mesh.x(a), ty = mesh.y(b) - mesh.y(a), len = Math.hypot(tx, ty);
            double nx = ty / len, ny = -tx / len;
            if (nx * (mesh.x(c) - mesh.x(a)) + ny * (mesh.y(c) - mesh.y(a)) > 0) {
                nx = -nx;
                ny = -ny;
            }
            edgeNx[k] = nx;
            edgeNy[k] = ny;
        }
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static int pick(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }
}
