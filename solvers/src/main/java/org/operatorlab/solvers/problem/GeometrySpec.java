package org.operatorlab.solvers.problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The {@code geometry} of a problem file. Built-in 2D shapes become {@code mesh.geometry.Shapes}
 * (which checks that they make sense, e.g. inner radius below outer) through {@link ProblemDomains}.
 */
public sealed interface GeometrySpec {
    /** The {@code shape} word of the file. */
    String shape();

    /** The boundary names conditions may refer to, in a stable order. */
    List<String> boundaryNames();

    /** 1 for the interval, 2 otherwise. */
    default int dimension() { return 2; }

    record Rectangle(double xmin, double ymin, double xmax, double ymax) implements GeometrySpec {
        public String shape() { return "rectangle"; }
        public List<String> boundaryNames() { return List.of("bottom", "right", "top", "left"); }
    }

    /** The box minus its lower-right quadrant. */
    record LShape(double xmin, double ymin, double xmax, double ymax) implements GeometrySpec {
        public String shape() { return "lshape"; }
        public List<String> boundaryNames() { return List.of("outer", "notch"); }
    }

    record Disk(double cx, double cy, double radius) implements GeometrySpec {
        public String shape() { return "disk"; }
        public List<String> boundaryNames() { return List.of("outer"); }
    }

    record Annulus(double cx, double cy, double innerRadius, double outerRadius) implements GeometrySpec {
        public String shape() { return "annulus"; }
        public List<String> boundaryNames() { return List.of("outer", "inner"); }
    }

    record Point(double x, double y) { }

    /** One closed loop; edge i joins point i to point i+1 (cyclically) and is named edgeNames[i]. */
    record PolygonLoop(List<Point> points, List<String> edgeNames) {
        public PolygonLoop {
            points = List.copyOf(points);
            edgeNames = List.copyOf(edgeNames);
            if (points.size() < 3) {
                throw new IllegalArgumentException("a loop needs at least 3 points, got " + points.size());
            }
            if (edgeNames.size() != points.size()) {
                throw new IllegalArgumentException("a loop of " + points.size() + " points has " + points.size()
                        + " edges but " + edgeNames.size() + " edge names");
            }
        }

        /** Whether all edges carry one name (written as {@code "name"} rather than {@code "names"}). */
        public boolean singleName() { return new LinkedHashSet<>(edgeNames).size() == 1; }
    }

    /** The first loop is the outer boundary, the others are holes. */
    record Polygon(List<PolygonLoop> loops) implements GeometrySpec {
        public Polygon {
            loops = List.copyOf(loops);
            if (loops.isEmpty()) {
                throw new IllegalArgumentException("a polygon needs at least one loop");
            }
        }

        public String shape() { return "polygon"; }

        public List<String> boundaryNames() {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            loops.forEach(l -> names.addAll(l.edgeNames()));
            return new ArrayList<>(names);
        }
    }

    /**
     * A Gmsh {@code .msh} file, {@code file} as written (relative to the problem file), {@code resolved}
     * its absolute path, and the physical curve names found in it. Equal when they name the same file.
     */
    record Gmsh(String file, Path resolved, List<String> boundaryNames) implements GeometrySpec {
        public Gmsh {
            Objects.requireNonNull(file, "file");
            resolved = resolved.toAbsolutePath().normalize();
            boundaryNames = List.copyOf(boundaryNames);
        }

        public String shape() { return "gmsh"; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Gmsh g && resolved.equals(g.resolved) && boundaryNames.equals(g.boundaryNames);
        }

        @Override
        public int hashCode() { return resolved.hashCode(); }
    }

    /** The 1D interval [xmin, xmax] (grid meshes only). */
    record Interval(double xmin, double xmax) implements GeometrySpec {
        public Interval {
            if (!(xmax > xmin)) {
                throw new IllegalArgumentException("interval needs xmax > xmin, got xmin=" + xmin + " xmax=" + xmax);
            }
        }

        public String shape() { return "interval"; }
        public List<String> boundaryNames() { return List.of("left", "right"); }
        @Override
        public int dimension() { return 1; }
    }
}
