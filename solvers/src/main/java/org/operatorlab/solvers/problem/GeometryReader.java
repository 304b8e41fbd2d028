package org.operatorlab.solvers.problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads the {@code geometry} and {@code mesh} sections. */
final class GeometryReader {
    static final List<String> SHAPES = List.of("rectangle", "lshape", "disk", "annulus", "polygon", "gmsh", "interval");

    private final JsonReading read;
    private final Path baseDirectory;

    GeometryReader(JsonReading read, Path baseDirectory) {
        this.read = read;
        this.baseDirectory = baseDirectory;
    }

    GeometrySpec geometry(Json.Value v) {
        Json.Obj obj = read.object(v, "a geometry {\"shape\": ...}");
        Json.Value shapeValue = obj.get("shape");
        if (shapeValue == null) {
            throw read.error(obj, "missing key \"shape\"; expected one of " + String.join(", ", SHAPES));
        }
        String shape = read.choice(shapeValue, "shape", SHAPES);
        GeometrySpec spec = switch (shape) {
            case "rectangle" -> {
                JsonReading.Fields f = read.fields(obj, "a rectangle", "shape", "xmin", "ymin", "xmax", "ymax");
                yield new GeometrySpec.Rectangle(f.number("xmin"), f.number("ymin"), f.number("xmax"), f.number("ymax"));
            }
            case "lshape" -> {
                JsonReading.Fields f = read.fields(obj, "an lshape", "shape", "xmin", "ymin", "xmax", "ymax");
                yield new GeometrySpec.LShape(f.number("xmin"), f.number("ymin"), f.number("xmax"), f.number("ymax"));
            }
            case "disk" -> {
                JsonReading.Fields f = read.fields(obj, "a disk", "shape", "cx", "cy", "radius");
                yield new GeometrySpec.Disk(f.number("cx"), f.number("cy"), f.number("radius"));
            }
            case "annulus" -> {
                JsonReading.Fields f = read.fields(obj, "an annulus", "shape", "cx", "cy", "inner_radius", "outer_radius");
                yield new GeometrySpec.Annulus(f.number("cx"), f.number("cy"), f.number("inner_radius"), f.number("outer_radius"));
            }
            case "polygon" -> polygon(read.fields(obj, "a polygon", "shape", "loops"));
            case "gmsh" -> gmsh(read.fields(obj, "a gmsh geometry", "shape", "file"));
            default -> {
                JsonReading.Fields f = read.fields(obj, "an interval", "shape", "xmin", "xmax");
                double xmin = f.number("xmin");
                double xmax = f.number("xmax");
                yield read.build(obj, () -> new GeometrySpec.Interval(xmin, xmax));
            }
        };
        if (spec.dimension() == 2 && !(spec instanceof GeometrySpec.Gmsh)) {
            read.build(obj, () -> ProblemDomains.geometry(spec));
        }
        return spec;
    }

    private GeometrySpec polygon(JsonReading.Fields f) {
        Json.Value loopsValue = f.required("loops", "a list of loops, the outer one first");
        List<Json.Value> loops = read.array(loopsValue, "a list of loops");
        if (loops.isEmpty()) {
            throw read.error(loopsValue, "expected at least one loop (the outer boundary)");
        }
        List<GeometrySpec.PolygonLoop> result = new ArrayList<>();
        for (Json.Value loop : loops) {
            JsonReading.Fields lf = read.fields(loop, "a loop {\"points\": ..., \"name\": ...}", "points", "name", "names");
            Json.Value pointsValue = lf.required("points", "a list of [x, y] points");
            List<GeometrySpec.Point> points = new ArrayList<>();
            for (Json.Value p : read.array(pointsValue, "a list of [x, y] points")) {
                List<Json.Value> xy = read.array(p, "a point [x, y]");
                if (xy.size() != 2) {
                    throw read.error(p, "expected a point [x, y], found " + xy.size() + " numbers");
                }
                points.add(new GeometrySpec.Point(read.number(xy.get(0)), read.number(xy.get(1))));
            }
            if (lf.has("name") == lf.has("names")) {
                throw read.error(loop, "expected exactly one of \"name\" (one boundary name for the loop) and \"names\" (one per edge)");
            }
            List<String> names = new ArrayList<>();
            if (lf.has("name")) {
                names.addAll(Collections.nCopies(points.size(), nonBlank(lf.get("name"))));
            } else {
                for (Json.Value n : read.array(lf.get("names"), "one boundary name per edge")) {
                    names.add(nonBlank(n));
                }
            }
            result.add(read.build(lf.blame("names"), () -> new GeometrySpec.PolygonLoop(points, names)));
        }
        return new GeometrySpec.Polygon(result);
    }

    private String nonBlank(Json.Value v) {
        String s = read.string(v);
        if (s.isBlank()) {
            throw read.error(v, "expected a boundary name, found an empty string");
        }
        return s;
    }

    private GeometrySpec gmsh(JsonReading.Fields f) {
        Json.Value fileValue = f.required("file", "the path of a .msh file, relative to the problem file");
        String file = read.string(fileValue);
        Path resolved = baseDirectory.resolve(file).normalize();
        if (!Files.isRegularFile(resolved)) {
            throw read.error(fileValue, "mesh file " + resolved + " does not exist; the path is relative to the problem file");
        }
        try {
            return new GeometrySpec.Gmsh(file, resolved, ProblemDomains.gmsh(resolved).boundaryNames());
        } catch (IOException | RuntimeException e) {
            throw read.error(fileValue, "cannot read the mesh: " + e.getMessage());
        }
    }

    MeshSpec mesh(Json.Value v, GeometrySpec geometry) {
        Json.Obj obj = read.object(v, "a mesh {\"type\": ...}");
        Json.Value typeValue = obj.get("type");
        if (typeValue == null) {
            throw read.error(obj, "missing key \"type\"; expected grid or triangles");
        }
        String type = read.choice(typeValue, "mesh type", List.of("grid", "triangles"));
        if (type.equals("triangles")) {
            JsonReading.Fields f = read.fields(obj, "a triangle mesh", "type", "size");
            return new MeshSpec.Triangles(f.positive("size"));
        }
        boolean oneD = geometry.dimension() == 1;
        JsonReading.Fields f = oneD ? read.fields(obj, "a 1D grid", "type", "nx", "periodic")
                : read.fields(obj, "a grid", "type", "nx", "ny", "periodic");
        int nx = read.integer(f.required("nx", "the number of nodes along x (>= 2)"), 2);
        int ny = oneD ? 1 : read.integer(f.required("ny", "the number of nodes along y (>= 2)"), 2);
        boolean[] periodic = periodic(f.get("periodic"), geometry.dimension());
        return new MeshSpec.Grid(nx, ny, periodic[0], periodic[1]);
    }

    /** {@code true}/{@code false} for all axes, or one boolean per axis. */
    private boolean[] periodic(Json.Value v, int dimension) {
        boolean[] axes = new boolean[2];
        if (v == null) {
            return axes;
        }
        if (v instanceof Json.Bool b) {
            axes[0] = b.value();
            axes[1] = b.value() && dimension == 2;
            return axes;
        }
        List<Json.Value> items = read.array(v, "true, false or one boolean per axis");
        if (items.size() != dimension) {
            throw read.error(v, "expected " + dimension + " boolean(s), one per axis, found " + items.size());
        }
        for (int i = 0; i < dimension; i++) {
            axes[i] = read.bool(items.get(i));
        }
        return axes;
    }
}
