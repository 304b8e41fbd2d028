package org.operatorlab.mesh.geometry;

import java.util.List;

/** Factory of the standard domains; every result is immutable and validated. */
public final class Shapes {
    private Shapes() { }

    /** The box [xMin, xMax] x [yMin, yMax]; boundaries "left", "right", "bottom", "top". */
    public static Geometry rectangle(double xMin, double yMin, double xMax, double yMax) {
        checkBox("rectangle", xMin, yMin, xMax, yMax);
        return new PolygonGeometry("rectangle", List.of(new Loop(
                List.of(new double[] {xMin, yMin}, new double[] {xMax, yMin},
                        new double[] {xMax, yMax}, new double[] {xMin, yMax}),
                List.of("bottom", "right", "top", "left"))));
    }

    /**
     * The box minus its lower-right quadrant (the re-entrant corner at the box centre); boundaries
     * "outer" (the remaining edges of the box) and "notch" (the two re-entrant edges).
     */
    public static Geometry lShape(double xMin, double yMin, double xMax, double yMax) {
        checkBox("lshape", xMin, yMin, xMax, yMax);
        double xc = 0.5 * (xMin + xMax), yc = 0.5 * (yMin + yMax);
        return new PolygonGeometry("lshape", List.of(new Loop(
                List.of(new double[] {xMin, yMin}, new double[] {xc, yMin}, new double[] {xc, yc},
                        new double[] {xMax, yc}, new double[] {xMax, yMax}, new double[] {xMin, yMax}),
                List.of("outer", "notch", "notch", "outer", "outer", "outer"))));
    }

    /** The disk of the given centre and radius; boundary "outer". */
    public static Geometry disk(double cx, double cy, double radius) {
        return new CircularGeometry(cx, cy, 0, radius);
    }

    /** The ring between two concentric circles; boundaries "outer" and "inner". */
    public static Geometry annulus(double cx, double cy, double innerRadius, double outerRadius) {
        if (!(innerRadius > 0)) {
            throw new IllegalArgumentException("annulus inner radius must be positive, got " + innerRadius);
        }
        return new CircularGeometry(cx, cy, innerRadius, outerRadius);
    }

    /** A polygon: {@code loops.get(0)} is the outer boundary, the others are holes. */
    public static Geometry polygon(List<Loop> loops) {
        return new PolygonGeometry("polygon", loops);
    }

    private static void checkBox(String shape, double xMin, double yMin, double xMax, double yMax) {
        if (!Double.isFinite(xMin) || !Double.isFinite(yMin) || !Double.isFinite(xMax) || !Double.isFinite(yMax)) {
            throw new IllegalArgumentException(shape + " corners must be finite");
        }
        if (!(xMax > xMin)) {
            throw new IllegalArgumentException(shape + " needs xMax > xMin, got xMin=" + xMin + " xMax=" + xMax);
        }
        if (!(yMax > yMin)) {
            throw new IllegalArgumentException(shape + " needs yMax > yMin, got yMin=" + yMin + " yMax=" + yMax);
        }
    }
}
