package org.operatorlab.mesh.tri;

import org.operatorlab.mesh.geometry.Geometry;
import org.operatorlab.mesh.geometry.PiecewiseGeometry;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;

/**
 * Quality triangle meshes of a geometry by Delaunay refinement: every angle at least
 * {@link #MIN_ANGLE_DEGREES}, edges about {@code targetSize}, boundary vertices on the exact
 * boundary curves, and every boundary edge tagged with its boundary name.
 */
public final class MeshGenerator {
    /** The guaranteed minimum angle; refinement aims a few degrees higher for margin. */
    public static final double MIN_ANGLE_DEGREES = 20;
    static final double REFINEMENT_ANGLE_DEGREES = 28;
    /** Circumradius limit relative to the target size; an equilateral triangle of side h has R = 0.577 h. */
    static final double RADIUS_FACTOR = 0.7;
    private static final double MAX_EXPECTED_ELEMENTS = 2e8;

    private MeshGenerator() { }

    public static TriangleMesh generate(Geometry geometry, double targetSize) {
        return generate(geometry, targetSize, ProgressListener.NONE, CancellationToken.none());
    }

    public static TriangleMesh generate(Geometry geometry, double targetSize, ProgressListener progress,
                                        CancellationToken cancel) {
        if (!(geometry instanceof PiecewiseGeometry piecewise)) {
            throw new IllegalArgumentException("cannot mesh geometry '" + (geometry == null ? "null" : geometry.shape())
                    + "': its boundary is not given as curves");
        }
        if (!(targetSize > 0) || !Double.isFinite(targetSize)) {
            throw new IllegalArgumentException("mesh size must be positive and finite, got " + targetSize);
        }
        double expected = geometry.area() / (0.433 * targetSize * targetSize);
        if (expected > MAX_EXPECTED_ELEMENTS) {
            throw new IllegalArgumentException("mesh size " + targetSize + " would give about "
                    + String.format("%.1e", expected) + " elements for " + geometry.shape() + "; use a larger size");
        }
        return new DelaunayRefinement(piecewise, targetSize, REFINEMENT_ANGLE_DEGREES, RADIUS_FACTOR, progress, cancel)
                .run();
    }
}
