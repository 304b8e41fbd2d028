package org.operatorlab.mesh.geometry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A polygon with polygonal holes and named edges. Built and validated by {@link Shapes}; the outer
 * loop is stored counter-clockwise and the holes clockwise.
 */
final class PolygonGeometry implements PiecewiseGeometry {
    private final String shape;
    private final List<Loop> loops;
    private final List<String> boundaryNames;
    private final BoundingBox bounds;
    private final double area;
    private final double tolerance;

    PolygonGeometry(String shape, List<Loop> input) {
        if (input == null || input.isEmpty()) {
            throw new IllegalArgumentException(shape + " needs at least one loop");
        }
        this.shape = shape;
        List<Loop> normalised = new ArrayList<>(input.size());
        for (int k = 0; k < input.size(); k++) {
            Loop loop = input.get(k);
            checkSimple(loop, k);
            boolean counterClockwise = loop.signedArea() > 0;
            normalised.add(counterClockwise == (k == 0) ? loop : loop.reversed());
        }
        this.loops = List.copyOf(normalised);
        for (int k = 1; k < loops.size(); k++) {
            checkHole(k);
        }
        double xMin = Double.POSITIVE_INFINITY, yMin = xMin, xMax = Double.NEGATIVE_INFINITY, yMax = xMax;
        Loop outer = loops.get(0);
        for (int i = 0; i < outer.size(); i++) {
            xMin = Math.min(xMin, outer.x(i));
            xMax = Math.max(xMax, outer.x(i));
            yMin = Math.min(yMin, outer.y(i));
            yMax = Math.max(yMax, outer.y(i));
        }
        this.bounds = new BoundingBox(xMin, yMin, xMax, yMax);
        this.tolerance = 1e-12 * Math.max(bounds.width(), bounds.height());
        double a = 0;
        for (Loop loop : loops) {
            a += loop.signedArea();
        }
        this.area = a;
        LinkedHashSet<String> names = new LinkedHashSet<>();   // in the order the caller wrote them
        for (Loop loop : input) {
            names.addAll(loop.edgeNames());
        }
        this.boundaryNames = List.copyOf(names);
    }

    private static void checkSimple(Loop loop, int k) {
        int n = loop.size();
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            if (loop.x(i) == loop.x(j) && loop.y(i) == loop.y(j)) {
                throw new IllegalArgumentException("loop " + k + " repeats point " + i + " (zero-length edge)");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean adjacent = j == i + 1 || (i == 0 && j == n - 1);
                if (adjacent ? foldsBack(loop, i, j, n) : edgesTouch(loop, i, loop, j)) {
                    throw new IllegalArgumentException("loop " + k + " intersects itself: edge " + i
                            + " meets edge " + j);
                }
            }
        }
        if (loop.signedArea() == 0) {
            throw new IllegalArgumentException("loop " + k + " has zero area");
        }
    }

    /** Adjacent edges overlap when the far end of one lies on the other. */
    private static boolean foldsBack(Loop loop, int i, int j, int n) {
        int shared = (j == i + 1) ? j : i;
        int first = (shared + n - 1) % n, last = (shared + 1) % n;
        return PlanarPredicates.onSegment(loop.x(first), loop.y(first), loop.x(shared), loop.y(shared),
                loop.x(last), loop.y(last))
                || PlanarPredicates.onSegment(loop.x(shared), loop.y(shared), loop.x(last), loop.y(last),
                loop.x(first), loop.y(first));
    }

    private static boolean edgesTouch(Loop a, int i, Loop b, int j) {
        int i1 = (i + 1) % a.size(), j1 = (j + 1) % b.size();
        return PlanarPredicates.segmentsTouch(a.x(i), a.y(i), a.x(i1), a.y(i1), b.x(j), b.y(j), b.x(j1), b.y(j1));
    }

    private static boolean loopsTouch(Loop a, Loop b) {
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                if (edgesTouch(a, i, b, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void checkHole(int k) {
        Loop hole = loops.get(k);
        Loop outer = loops.get(0);
        if (loopsTouch(hole, outer) || !insideLoop(outer, hole.x(0), hole.y(0))) {
            throw new IllegalArgumentException("hole " + k + " (loop " + k + ") is not strictly inside the outer loop");
        }
        for (int m = 1; m < k; m++) {
            Loop other = loops.get(m);
            if (loopsTouch(hole, other) || insideLoop(other, hole.x(0), hole.y(0))
                    || insideLoop(hole, other.x(0), other.y(0))) {
                throw new IllegalArgumentException("holes " + m + " and " + k + " overlap");
            }
        }
    }

    /** Crossing-number test; points on the loop count as either side. */
    private static boolean insideLoop(Loop loop, double x, double y) {
        boolean inside = false;
        int n = loop.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = loop.x(i), yi = loop.y(i), xj = loop.x(j), yj = loop.y(j);
            if ((yi > y) != (yj > y) && x < xj + (y - yj) * (xi - xj) / (yi - yj)) {
                inside = !inside;
            }
        }
        return inside;
    }

    private boolean onLoop(Loop loop, double x, double y) {
        int n = loop.size();
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            if (PlanarPredicates.distanceToSegment(loop.x(i), loop.y(i), loop.x(j), loop.y(j), x, y) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    /** The loops, outer first (counter-clockwise), then holes (clockwise). */
    List<Loop> loops() { return loops; }

    @Override
    public String shape() { return shape; }

    @Override
    public List<String> boundaryNames() { return boundaryNames; }

    @Override
    public double area() { return area; }

    @Override
    public BoundingBox bounds() { return bounds; }

    @Override
    public boolean contains(double x, double y) {
        if (x < bounds.xMin() - tolerance || x > bounds.xMax() + tolerance
                || y < bounds.yMin() - tolerance || y > bounds.yMax() + tolerance) {
            return false;
        }
        for (Loop loop : loops) {
            if (onLoop(loop, x, y)) {
                return true;
            }
        }
        if (!insideLoop(loops.get(0), x, y)) {
            return false;
        }
        for (int k = 1; k < loops.size(); k++) {
            if (insideLoop(loops.get(k), x, y)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<List<BoundaryCurve>> boundaryLoops() {
        List<List<BoundaryCurve>> result = new ArrayList<>(loops.size());
        for (Loop loop : loops) {
            int n = loop.size();
            List<BoundaryCurve> curves = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                curves.add(new LineSegment(loop.x(i), loop.y(i), loop.x(j), loop.y(j), loop.edgeNames().get(i)));
            }
            result.add(List.copyOf(curves));
        }
        return List.copyOf(result);
    }

    @Override
    public String toString() {
        return shape + "[loops=" + loops.size() + ", area=" + area + ", boundaries=" + boundaryNames + "]";
    }
}
