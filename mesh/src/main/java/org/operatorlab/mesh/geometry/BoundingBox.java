package org.operatorlab.mesh.geometry;

/** An axis-aligned box. */
public record BoundingBox(double xMin, double yMin, double xMax, double yMax) {
    public double width() { return xMax - xMin; }
    public double height() { return yMax - yMin; }
}
