package org.operatorlab.ui.view;

import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Domain to pixel placement of a 2D drawing: pixel x = ox + scale·x, pixel y = oy − scale·y (y up),
 * with equal scales on both axes so shapes keep their aspect ratio.
 */
record PlaneTransform(double scale, double ox, double oy) {

    /** Fits the mesh's bounding box centred into a {@code width} × {@code height} area with a margin. */
    static PlaneTransform fit(TriangleMesh mesh, double width, double height, double margin) {
        double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < mesh.nodeCount(); i++) {
            xMin = Math.min(xMin, mesh.x(i));
            xMax = Math.max(xMax, mesh.x(i));
            yMin = Math.min(yMin, mesh.y(i));
            yMax = Math.max(yMax, mesh.y(i));
        }
        double usableW = Math.max(1, width - 2 * margin), usableH = Math.max(1, height - 2 * margin);
        double scale = Math.min(usableW / Math.max(xMax - xMin, 1e-300), usableH / Math.max(yMax - yMin, 1e-300));
        double ox = margin + (usableW - scale * (xMax - xMin)) / 2 - scale * xMin;
        double oy = margin + usableH - (usableH - scale * (yMax - yMin)) / 2 + scale * yMin;
        return new PlaneTransform(scale, ox, oy);
    }

    double px(double x) { return ox + scale * x; }

    double py(double y) { return oy - scale * y; }

    double x(double px) { return (px - ox) / scale; }

    double y(double py) { return (oy - py) / scale; }
}
