package org.operatorlab.mesh.geometry;

import java.util.List;

/** A disk, or an annulus when {@code innerRadius > 0}, with exact circular boundaries. */
final class CircularGeometry implements PiecewiseGeometry {
    private final double cx;
    private final double cy;
    private final double innerRadius;
    private final double outerRadius;

    CircularGeometry(double cx, double cy, double innerRadius, double outerRadius) {
        if (!Double.isFinite(cx) || !Double.isFinite(cy)) {
            throw new IllegalArgumentException("circle centre (" + cx + ", " + cy + ") is not finite");
        }
        if (!(outerRadius > 0) || !Double.isFinite(outerRadius)) {
            throw new IllegalArgumentException("radius must be positive and finite, got " + outerRadius);
        }
        if (innerRadius != 0 && !(innerRadius > 0 && innerRadius < outerRadius)) {
            throw new IllegalArgumentException("annulus needs 0 < innerRadius < outerRadius, got inner "
                    + innerRadius + " and outer " + outerRadius);
        }
        this.cx = cx;
        this.cy = cy;
        this.innerRadius = innerRadius;
        this.outerRadius = outerRadius;
    }

    private boolean isAnnulus() { return innerRadius > 0; }

    @Override
    public String shape() { return isAnnulus() ? "annulus" : "disk"; }

    @Override
    public List<String> boundaryNames() { return isAnnulus() ? List.of("outer", "inner") : List.of("outer"); }

    @Override
    public double area() { return Math.PI * (outerRadius * outerRadius - innerRadius * innerRadius); }

    @Override
    public BoundingBox bounds() {
        return new BoundingBox(cx - outerRadius, cy - outerRadius, cx + outerRadius, cy + outerRadius);
    }

    @Override
    public boolean contains(double x, double y) {
        double r = Math.hypot(x - cx, y - cy);
        double tol = 1e-12 * outerRadius;
        return r <= outerRadius + tol && r >= innerRadius - tol;
    }

    @Override
    public List<List<BoundaryCurve>> boundaryLoops() {
        List<BoundaryCurve> outer = List.of(new CircleArc(cx, cy, outerRadius, 0, 2 * Math.PI, "outer"));
        if (!isAnnulus()) {
            return List.of(outer);
        }
        return List.of(outer, List.of(new CircleArc(cx, cy, innerRadius, 2 * Math.PI, 0, "inner")));
    }

    @Override
    public String toString() {
        return shape() + "[centre=(" + cx + ", " + cy + "), radii=" + innerRadius + ".." + outerRadius + "]";
    }
}
