package org.operatorlab.mesh.geometry;

/**
 * A circular boundary piece from angle {@code startAngle} to {@code endAngle} (radians); counter-clockwise
 * when {@code endAngle > startAngle}, clockwise otherwise. Points are evaluated on the exact circle.
 */
public record CircleArc(double cx, double cy, double radius, double startAngle, double endAngle, String name)
        implements BoundaryCurve {
    @Override
    public double[] point(double t) {
        double angle = startAngle + t * (endAngle - startAngle);
        return new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)};
    }

    @Override
    public double length() {
        return radius * Math.abs(endAngle - startAngle);
    }
}
