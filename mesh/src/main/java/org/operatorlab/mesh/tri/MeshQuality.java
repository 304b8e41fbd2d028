package org.operatorlab.mesh.tri;

import java.util.Locale;

/** Size and shape figures of a triangle mesh, computed once. */
public final class MeshQuality {
    private final int elementCount;
    private final int nodeCount;
    private final double minAngle;
    private final double maxAngle;
    private final double maxEdge;
    private final double meanEdge;
    private final double totalArea;
    private final int invertedCount;

    private MeshQuality(TriangleMesh m) {
        elementCount = m.elementCount();
        nodeCount = m.nodeCount();
        double min = 180, max = 0, area = 0;
        int inverted = 0;
        for (int e = 0; e < elementCount; e++) {
            double a = m.area(e);
            area += a;
            if (!(a > 0)) {
                inverted++;
            }
            double[] angles = angles(m, e);
            for (double angle : angles) {
                min = Math.min(min, angle);
                max = Math.max(max, angle);
            }
        }
        int[] edges = MeshTopology.of(m).edges();
        double longest = 0, sum = 0;
        for (int i = 0; i < edges.length; i += 2) {
            double l = Math.hypot(m.x(edges[i + 1]) - m.x(edges[i]), m.y(edges[i + 1]) - m.y(edges[i]));
            longest = Math.max(longest, l);
            sum += l;
        }
        minAngle = elementCount == 0 ? 0 : min;
        maxAngle = max;
        maxEdge = longest;
        meanEdge = edges.length == 0 ? 0 : sum / (edges.length / 2);
        totalArea = area;
        invertedCount = inverted;
    }

    /** The three angles of element {@code e} in degrees. */
    private static double[] angles(TriangleMesh m, int e) {
        int p = m.node(e, 0), q = m.node(e, 1), r = m.node(e, 2);
        // atan2(2*area, dot) is accurate for all shapes and gives 0 for degenerate ones
        double twice = 2 * Math.abs(m.area(e));
        return new double[] {
            angle(twice, m.x(q) - m.x(p), m.y(q) - m.y(p), m.x(r) - m.x(p), m.y(r) - m.y(p)),
            angle(twice, m.x(r) - m.x(q), m.y(r) - m.y(q), m.x(p) - m.x(q), m.y(p) - m.y(q)),
            angle(twice, m.x(p) - m.x(r), m.y(p) - m.y(r), m.x(q) - m.x(r), m.y(q) - m.y(r))};
    }

    /** The smallest angle of every element in degrees, e.g. to colour bad elements in a viewer. */
    public static double[] elementMinAngles(TriangleMesh m) {
        double[] result = new double[m.elementCount()];
        for (int e = 0; e < result.length; e++) {
            double[] a = angles(m, e);
            result[e] = Math.min(a[0], Math.min(a[1], a[2]));
        }
        return result;
    }

    private static double angle(double twiceArea, double ux, double uy, double vx, double vy) {
        return Math.toDegrees(Math.atan2(twiceArea, ux * vx + uy * vy));
    }

    public static MeshQuality of(TriangleMesh m) {
        return new MeshQuality(m);
    }

    public double minAngleDegrees() { return minAngle; }
    public double maxAngleDegrees() { return maxAngle; }
    public int elementCount() { return elementCount; }
    public int nodeCount() { return nodeCount; }
    /** The mesh size h: the longest edge. */
    public double maxEdgeLength() { return maxEdge; }
    public double meanEdgeLength() { return meanEdge; }
    /** Sum of signed element areas. */
    public double totalArea() { return totalArea; }
    /** Elements with zero or negative (clockwise) area. */
    public int invertedCount() { return invertedCount; }

    public String summary() {
        return String.format(Locale.ROOT,
                "%d elements, %d nodes, h=%.4g (mean edge %.4g), angles %.1f..%.1f deg, area %.6g%s",
                elementCount, nodeCount, maxEdge, meanEdge, minAngle, maxAngle, totalArea,
                invertedCount > 0 ? ", " + invertedCount + " inverted" : "");
    }

    @Override
    public String toString() { return summary(); }
}
