package org.operatorlab.mesh.geometry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A closed polygonal boundary loop: edge i joins point i to point i+1 (cyclically) and is tagged with
 * {@code edgeNames.get(i)}. Either orientation is accepted; {@link Shapes#polygon} normalises it.
 */
public record Loop(List<double[]> points, List<String> edgeNames) {
    public Loop {
        if (points == null || edgeNames == null) {
            throw new IllegalArgumentException("a loop needs points and edge names");
        }
        if (points.size() < 3) {
            throw new IllegalArgumentException("a loop needs at least 3 points, got " + points.size());
        }
        if (edgeNames.size() != points.size()) {
            throw new IllegalArgumentException("a loop of " + points.size() + " points has " + points.size()
                    + " edges but " + edgeNames.size() + " edge names");
        }
        List<double[]> copy = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            if (p == null || p.length != 2 || !Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
                throw new IllegalArgumentException("loop point " + i + " is not a finite (x, y) pair");
            }
            copy.add(p.clone());
        }
        for (int i = 0; i < edgeNames.size(); i++) {
            if (edgeNames.get(i) == null || edgeNames.get(i).isBlank()) {
                throw new IllegalArgumentException("loop edge " + i + " has no name");
            }
        }
        points = Collections.unmodifiableList(copy);
        edgeNames = List.copyOf(edgeNames);
    }

    /** A loop whose edges all carry the same boundary name. */
    public static Loop named(List<double[]> points, String name) {
        return new Loop(points, Collections.nCopies(points.size(), name));
    }

    public int size() { return points.size(); }

    public double x(int i) { return points.get(i)[0]; }

    public double y(int i) { return points.get(i)[1]; }

    /** Shoelace area: positive when counter-clockwise. */
    public double signedArea() {
        int n = size();
        double twice = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            twice += x(i) * y(j) - x(j) * y(i);
        }
        return 0.5 * twice;
    }

    /** The same boundary traversed the other way, each edge keeping its name. */
    public Loop reversed() {
        int n = size();
        List<double[]> pts = new ArrayList<>(n);
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pts.add(points.get((n - i) % n));
            // reversed edge i joins old point (n-i)%n to old point n-i-1: that is old edge n-i-1
            names.add(edgeNames.get(n - 1 - i));
        }
        return new Loop(pts, names);
    }
}
