package org.operatorlab.ui.view;

import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Paints a nodal field into ARGB pixels with P1 (linear per triangle) interpolation, the same colouring
 * the 3D surface gets from its texture coordinates. Pixels outside the mesh stay 0 (transparent).
 */
final class FieldRaster {
    /** Barycentric round-off allowance. */
    private static final double EDGE_SLACK = 1e-9;

    private FieldRaster() { }

    static int[] paint(TriangleMesh mesh, double[] values, ValueRange range, Colormap colormap,
                       PlaneTransform placement, int width, int height) {
        int[] argb = new int[width * height];
        for (int e = 0; e < mesh.elementCount(); e++) {
            int a = mesh.node(e, 0), b = mesh.node(e, 1), c = mesh.node(e, 2);
            double ax = placement.px(mesh.x(a)), ay = placement.py(mesh.y(a));
            double bx = placement.px(mesh.x(b)), by = placement.py(mesh.y(b));
            double cx = placement.px(mesh.x(c)), cy = placement.py(mesh.y(c));
            double det = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
            if (det == 0) {
                continue;
            }
            int i0 = Math.max(0, (int) Math.floor(Math.min(ax, Math.min(bx, cx))));
            int i1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, Math.max(bx, cx))));
            int j0 = Math.max(0, (int) Math.floor(Math.min(ay, Math.min(by, cy))));
            int j1 = Math.min(height - 1, (int) Math.ceil(Math.max(ay, Math.max(by, cy))));
            double ta = range.normalise(values[a]), tb = range.normalise(values[b]), tc = range.normalise(values[c]);
            for (int j = j0; j <= j1; j++) {
                double py = j + 0.5;
                for (int i = i0; i <= i1; i++) {
                    double px = i + 0.5;
                    double la = ((bx - px) * (cy - py) - (cx - px) * (by - py)) / det;
                    double lb = ((cx - px) * (ay - py) - (ax - px) * (cy - py)) / det;
                    double lc = 1 - la - lb;
                    // a pixel centre on a shared edge belongs to both triangles: no seams
                    if (la >= -EDGE_SLACK && lb >= -EDGE_SLACK && lc >= -EDGE_SLACK) {
                        argb[j * width + i] = colormap.argb(la * ta + lb * tb + lc * tc);
                    }
                }
            }
        }
        return argb;
    }
}
