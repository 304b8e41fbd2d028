package org.operatorlab.solvers.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.operatorlab.mesh.io.VtkEncoding;

/**
 * Reads and validates a problem file ({@code docs/problem-format.md}). Every error is a
 * {@link ProblemFileException} naming the file, line, column and JSON path. One instance reads one
 * document.
 */
public final class ProblemReader {
    private static final List<String> ROOT_KEYS = List.of(
            "format", "name", "description", "geometry", "mesh", "pde", "boundary", "initial", "time", "outputs");

    private final JsonReading read;
    private final Path baseDirectory;
    private final CoefficientReader coefficients;

    private ProblemReader(String sourceName, Path baseDirectory) {
        this.read = new JsonReading(sourceName);
        this.baseDirectory = baseDirectory.toAbsolutePath();
        this.coefficients = new CoefficientReader(read);
    }

    /** Reads a problem file; relative paths inside it (Gmsh meshes) are relative to its folder. */
    public static Problem read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        return read(text, file.toString(), dir);
    }

    /** Reads problem text named {@code sourceName} in messages; relative paths resolve against the working directory. */
    public static Problem read(String json, String sourceName) {
        return read(json, sourceName, Path.of("").toAbsolutePath());
    }

    /** Reads problem text; relative paths inside it resolve against {@code baseDirectory}. */
    public static Problem read(String json, String sourceName, Path baseDirectory) {
        return new ProblemReader(sourceName, baseDirectory).problem(LocatedJsonParser.parse(json, sourceName));
    }

    private Problem problem(Json.Value rootValue) {
        Json.Obj root = read.object(rootValue, "a problem");
        checkFormat(root);
        JsonReading.Fields f = read.fields(root, "a problem", ROOT_KEYS.toArray(String[]::new));
        String name = f.string("name");
        if (name.isBlank()) {
            throw read.error(f.get("name"), "the name is empty; expected a short title");
        }
        String description = f.string("description", "");

        GeometrySpec geometry = new GeometryReader(read, baseDirectory).geometry(f.required("geometry", "a geometry object"));
        MeshSpec mesh = f.has("mesh") ? new GeometryReader(read, baseDirectory).mesh(f.get("mesh"), geometry)
                : new MeshSpec.FromFile();
        read.build(f.blame("mesh"), () -> {
            ProblemRules.checkMesh(geometry, mesh);
            return mesh;
        });

        Json.Value pdeValue = f.required("pde", "a pde object");
        PdeSpec pde = pde(pdeValue, geometry.dimension());
        read.build(((Json.Obj) pdeValue).get("family"), () -> {
            ProblemRules.checkDomain(pde.family(), geometry, mesh);
            return pde;
        });

        Map<String, BoundaryCondition> boundary = f.has("boundary")
                ? boundary(f.get("boundary"), geometry, mesh) : Map.of();

        Optional<InitialCondition> initial = f.has("initial")
                ? Optional.of(initial(f.get("initial"), geometry.dimension())) : Optional.empty();
        read.build(f.blame("initial"), () -> {
            ProblemRules.checkInitial(pde.family(), initial);
            return initial;
        });
        Optional<TimeSpec> time = f.has("time") ? Optional.of(time(f.get("time"))) : Optional.empty();
        read.build(f.blame("time"), () -> {
            ProblemRules.checkTime(pde.family(), time);
            return time;
        });
        OutputSpec outputs = f.has("outputs") ? outputs(f.get("outputs")) : OutputSpec.DEFAULT;
        return read.build(root, () -> new Problem(name, description, geometry, mesh, pde, boundary, initial, time, outputs));
    }

    /** Checked before the keys: a newer format may have keys this version does not know. */
    private void checkFormat(Json.Obj root) {
        Json.Value v = root.get("format");
        if (v == null) {
            throw read.error(root, "missing key \"format\"; expected \"format\": \"" + Problem.FORMAT + "\"");
        }
        String format = read.string(v);
        if (!format.equals(Problem.FORMAT)) {
            throw read.error(v, "unsupported format \"" + format + "\"; this version reads \"" + Problem.FORMAT + "\"");
        }
    }

    private PdeSpec pde(Json.Value v, int dimension) {
        JsonReading.Fields f = read.fields(v, "a pde", "family", "coefficients");
        Json.Value familyValue = f.required("family", "a pde family: " + String.join(", ", PdeFamily.keys()));
        PdeFamily family = PdeFamily.fromKey(read.choice(familyValue, "pde family", PdeFamily.keys()));
        JsonReading.Fields c = read.fields(f.required("coefficients", "the coefficients of " + family.key() + ": "
                + String.join(", ", family.coefficientNames())), "coefficients", family.coefficientNames().toArray(String[]::new));
        Map<String, List<Coefficient>> values = new LinkedHashMap<>();
        for (CoefficientSlot slot : family.coefficients()) {
            if (!c.has(slot.name())) {
                if (slot.isRequired()) {
                    c.required(slot.name(), slot.components() == 2 ? "[bx, by], each a number or an expression"
                            : slot.constantOnly() ? "a number" : "a number, an expression or {\"random\": ...}");
                }
                continue;
            }
            Json.Value value = c.get(slot.name());
            if (slot.components() == 2) {
                List<Json.Value> items = read.array(value, "a vector [bx, by]");
                if (items.size() != 2) {
                    throw read.error(value, "expected 2 components [bx, by], found " + items.size());
                }
                values.put(slot.name(), List.of(coefficients.deterministic(items.get(0), dimension),
                        coefficients.deterministic(items.get(1), dimension)));
            } else if (slot.constantOnly()) {
                values.put(slot.name(), List.of(new Constant(read.number(value))));
            } else {
                values.put(slot.name(), List.of(coefficients.any(value, dimension)));
            }
        }
        return read.build(v, () -> new PdeSpec(family, values));
    }

    private Map<String, BoundaryCondition> boundary(Json.Value v, GeometrySpec geometry, MeshSpec mesh) {
        Json.Obj obj = read.object(v, "boundary conditions by boundary name");
        Map<String, BoundaryCondition> result = new LinkedHashMap<>();
        for (Json.Member m : obj.members().values()) {
            String path = Json.child(obj.path(), m.key());
            try {
                ProblemRules.checkBoundaryName(m.key(), geometry, mesh);
            } catch (IllegalArgumentException e) {
                throw read.error(m.keyAt(), path, e.getMessage());
            }
            result.put(m.key(), condition(m.value(), geometry.dimension()));
        }
        return result;
    }

    private BoundaryCondition condition(Json.Value v, int dimension) {
        Json.Obj obj = read.object(v, "a boundary condition {\"type\": ...}");
        Json.Value typeValue = obj.get("type");
        if (typeValue == null) {
            throw read.error(obj, "missing key \"type\"; expected dirichlet, neumann or robin");
        }
        String type = read.choice(typeValue, "boundary condition type", List.of("dirichlet", "neumann", "robin"));
        return switch (type) {
            case "dirichlet" -> {
                JsonReading.Fields f = read.fields(obj, "a dirichlet condition", "type", "value");
                yield new BoundaryCondition.Dirichlet(coefficients.deterministic(f.required("value", "the boundary value"), dimension));
            }
            case "neumann" -> {
                JsonReading.Fields f = read.fields(obj, "a neumann condition", "type", "flux");
                yield new BoundaryCondition.Neumann(coefficients.deterministic(f.required("flux", "the normal derivative du/dn"), dimension));
            }
            default -> {
                JsonReading.Fields f = read.fields(obj, "a robin condition", "type", "alpha", "value");
                yield new BoundaryCondition.Robin(coefficients.deterministic(f.required("alpha", "alpha in du/dn + alpha u = value"), dimension),
                        coefficients.deterministic(f.required("value", "value in du/dn + alpha u = value"), dimension));
            }
        };
    }

    private InitialCondition initial(Json.Value v, int dimension) {
        JsonReading.Fields f = read.fields(v, "an initial condition", "value", "random");
        if (f.has("value") == f.has("random")) {
            throw read.error(v, "expected exactly one of \"value\" (a number or expression) and \"random\" (a random field)");
        }
        return new InitialCondition(f.has("value") ? coefficients.deterministic(f.get("value"), dimension)
                : new RandomCoefficient(coefficients.randomField(f.get("random"), dimension)));
    }

    private TimeSpec time(Json.Value v) {
        JsonReading.Fields f = read.fields(v, "a time interval", "start", "end", "dt");
        double start = f.number("start", 0);
        double end = f.number("end");
        double dt = f.number("dt");
        Json.Value blame = end > start ? f.get("dt") : f.get("end");
        return read.build(blame, () -> new TimeSpec(start, end, dt));
    }

    private OutputSpec outputs(Json.Value v) {
        JsonReading.Fields f = read.fields(v, "outputs", "fields", "every", "vtk");
        List<String> fields = new ArrayList<>();
        if (f.has("fields")) {
            for (Json.Value item : read.array(f.get("fields"), "a list of field names")) {
                fields.add(read.string(item));
            }
        } else {
            fields.addAll(OutputSpec.DEFAULT.fields());
        }
        int every = f.has("every") ? read.integer(f.get("every"), 1) : OutputSpec.DEFAULT.every();
        VtkEncoding vtk = f.has("vtk")
                ? VtkEncoding.valueOf(read.choice(f.get("vtk"), "vtk encoding", List.of("ascii", "binary")).toUpperCase())
                : OutputSpec.DEFAULT.vtk();
        return read.build(f.blame("fields"), () -> new OutputSpec(fields, every, vtk));
    }
}
