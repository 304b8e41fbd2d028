package org.operatorlab.ui.view;

/**
 * The arrays of a JavaFX {@code TriangleMesh} for a field surface, in view units: the domain centred
 * at the origin and scaled so its larger side is 1, x to the right, domain y along −Y (JavaFX's Y
 * points down) and height along −Z (towards a camera on the −Z side). One texture coordinate per
 * vertex, so faces are {@code p0 p0 p1 p1 p2 p2}.
 *
 * @param centreX domain x at the view origin
 * @param centreY domain y at the view origin
 * @param unitsPerLength view units per domain length unit
 */
public record SurfaceGeometry(float[] points, float[] texCoords, int[] faces,
                              double centreX, double centreY, double unitsPerLength) {

    /** The domain point under view coordinates (X, Y), the inverse of the builder's placement. */
    public double[] toDomain(double viewX, double viewY) {
        return new double[] {centreX + viewX / unitsPerLength, centreY - viewY / unitsPerLength};
    }

    /** The middle of the relief's height range (a Z coordinate, ≤ 0). */
    public double middleZ() {
        double lo = 0, hi = 0;
        for (int i = 2; i < points.length; i += 3) {
            lo = Math.min(lo, points[i]);
            hi = Math.max(hi, points[i]);
        }
        return (lo + hi) / 2;
    }

    /** The radius of the sphere about (0, 0, {@link #middleZ}) holding every point. */
    public double boundingRadius() {
        double zMid = middleZ(), r2 = 0;
        for (int i = 0; i < points.length; i += 3) {
            double dz = points[i + 2] - zMid;
            r2 = Math.max(r2, points[i] * points[i] + points[i + 1] * points[i + 1] + dz * dz);
        }
        return Math.sqrt(r2);
    }

    /** The points lifted by {@code dz} view units towards the camera (for an edge overlay above the surface). */
    public float[] liftedPoints(float dz) {
        float[] lifted = points.clone();
        for (int i = 2; i < lifted.length; i += 3) {
            lifted[i] -= dz;
        }
        return lifted;
    }
}
