package org.operatorlab.ui.view;

import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Turns a nodal field on a 2D triangle mesh into the arrays of a texture-colormapped 3D surface
 * ({@link SurfaceGeometry}): the value's place t in the colour range (clamped to [0, 1]) gives texture
 * coordinate u = {@link Colormap#textureU}(t) (the first texel's centre at min, the last one's at max)
 * and height t times {@code heightFraction} of the domain's larger side (0 = flat).
 * A pure function: no JavaFX objects, so it is testable without a display.
 */
public final class SurfaceMeshBuilder {
    /** Default relief: the top of the colour range stands at 0.35 of the domain's larger side. */
    public static final double DEFAULT_HEIGHT_FRACTION = 0.35;

    private SurfaceMeshBuilder() { }

    public static SurfaceGeometry build(TriangleMesh mesh, double[] values, ValueRange range, double heightFraction) {
        int n = mesh.nodeCount();
        if (values.length != n) {
            throw new IllegalArgumentException("surface needs one value per node: " + values.length
                    + " values for " + n + " nodes");
        }
        if (!(heightFraction >= 0) || Double.isInfinite(heightFraction)) {
            throw new IllegalArgumentException("height fraction must be finite and >= 0, got " + heightFraction);
        }
        double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            xMin = Math.min(xMin, mesh.x(i));
            xMax = Math.max(xMax, mesh.x(i));
            yMin = Math.min(yMin, mesh.y(i));
            yMax = Math.max(yMax, mesh.y(i));
        }
        double extent = Math.max(xMax - xMin, yMax - yMin);
        double unitsPerLength = extent > 0 ? 1 / extent : 1;
        double cx = n > 0 ? (xMin + xMax) / 2 : 0, cy = n > 0 ? (yMin + yMax) / 2 : 0;

        float[] points = new float[3 * n];
        float[] tex = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double t = range.normalise(values[i]);
            double u = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
            // heights follow the same clamped position, so a fixed colour range also bounds the relief
            points[3 * i] = (float) ((mesh.x(i) - cx) * unitsPerLength);
            points[3 * i + 1] = (float) (-(mesh.y(i) - cy) * unitsPerLength);
            points[3 * i + 2] = (float) (-u * heightFraction);
            tex[2 * i] = (float) Colormap.textureU(u);
            tex[2 * i + 1] = 0.5f;
        }
        int elements = mesh.elementCount();
        int[] faces = new int[6 * elements];
        for (int e = 0; e < elements; e++) {
            for (int k = 0; k < 3; k++) {
                int node = mesh.node(e, k);
                faces[6 * e + 2 * k] = node;
                faces[6 * e + 2 * k + 1] = node;
            }
        }
        return new SurfaceGeometry(points, tex, faces, cx, cy, unitsPerLength);
    }
}
