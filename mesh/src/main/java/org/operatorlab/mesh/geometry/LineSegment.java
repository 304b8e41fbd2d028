package org.operatorlab.mesh.geometry;

/** A straight boundary piece from (x0, y0) to (x1, y1). */
public record LineSegment(double x0, double y0, double x1, double y1, String name) implements BoundaryCurve {
    @Override
    public double[] point(double t) {
        return new double[] {x0 + t * (x1 - x0), y0 + t * (y1 - y0)};
    }

    @Override
    public double length() {
        return Math.hypot(x1 - x0, y1 - y0);
    }
}
