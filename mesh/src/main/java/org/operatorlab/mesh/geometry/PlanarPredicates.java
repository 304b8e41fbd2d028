package org.operatorlab.mesh.geometry;

/** Small exact-enough planar tests shared by the polygon checks. */
final class PlanarPredicates {
    private PlanarPredicates() { }

    /** Twice the signed area of (a, b, c): positive when counter-clockwise. */
    static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
    }

    /** Whether p lies on the closed segment ab (collinear and within its box). */
    static boolean onSegment(double ax, double ay, double bx, double by, double px, double py) {
        return orient(ax, ay, bx, by, px, py) == 0
                && Math.min(ax, bx) <= px && px <= Math.max(ax, bx)
                && Math.min(ay, by) <= py && py <= Math.max(ay, by);
    }

    /** Whether the closed segments ab and cd share a point. */
    static boolean segmentsTouch(double ax, double ay, double bx, double by,
                                 double cx, double cy, double dx, double dy) {
        double d1 = orient(cx, cy, dx, dy, ax, ay);
        double d2 = orient(cx, cy, dx, dy, bx, by);
        double d3 = orient(ax, ay, bx, by, cx, cy);
        double d4 = orient(ax, ay, bx, by, dx, dy);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return onSegment(cx, cy, dx, dy, ax, ay) || onSegment(cx, cy, dx, dy, bx, by)
                || onSegment(ax, ay, bx, by, cx, cy) || onSegment(ax, ay, bx, by, dx, dy);
    }

    /** Distance from p to the segment ab. */
    static double distanceToSegment(double ax, double ay, double bx, double by, double px, double py) {
        double ex = bx - ax, ey = by - ay;
        double len2 = ex * ex + ey * ey;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * ex + (py - ay) * ey) / len2));
        return Math.hypot(ax + t * ex - px, ay + t * ey - py);
    }
}
