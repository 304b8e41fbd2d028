package org.operatorlab.solvers.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.operatorlab.mesh.io.AtomicFiles;

/**
 * Writes a {@link Problem} as a problem file that {@link ProblemReader} reads back to an equal
 * problem. Defaults are written out (e.g. a GRF's sigma), so the file states everything.
 */
public final class ProblemWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ProblemWriter() { }

    /** Writes atomically; a Gmsh path is rewritten relative to the target's folder. */
    public static void write(Problem problem, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String json = toJson(problem, dir);
        AtomicFiles.write(target, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The problem as JSON text; a Gmsh path is written as the problem states it. */
    public static String toJson(Problem problem) {
        return toJson(problem, null);
    }

    private static String toJson(Problem problem, Path targetDirectory) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            new Emitter(g, targetDirectory).problem(problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    /** Writes the sections in the documented order. */
    private record Emitter(JsonGenerator g, Path targetDirectory) {
        void problem(Problem p) throws IOException {
            g.writeStartObject();
            g.writeStringField("format", Problem.FORMAT);
            g.writeStringField("name", p.name());
            g.writeStringField("description", p.description());
            g.writeFieldName("geometry");
            geometry(p.geometry());
            if (p.mesh() instanceof MeshSpec.Grid grid) {
                g.writeFieldName("mesh");
                g.writeStartObject();
                g.writeStringField("type", "grid");
                g.writeNumberField("nx", grid.nx());
                if (p.dimension() == 2) {
                    g.writeNumberField("ny", grid.ny());
                }
                if (grid.periodicX() || grid.periodicY()) {
                    g.writeFieldName("periodic");
                    if (p.dimension() == 1 || grid.periodicX() == grid.periodicY()) {
                        g.writeBoolean(grid.periodicX());
                    } else {
                        g.writeStartArray();
                        g.writeBoolean(grid.periodicX());
                        g.writeBoolean(grid.periodicY());
                        g.writeEndArray();
                    }
                }
                g.writeEndObject();
            } else if (p.mesh() instanceof MeshSpec.Triangles t) {
                g.writeFieldName("mesh");
                g.writeStartObject();
                g.writeStringField("type", "triangles");
                number("size", t.size());
                g.writeEndObject();
            }
            pde(p.pde());
            if (!p.boundary().isEmpty()) {
                g.writeObjectFieldStart("boundary");
                for (Map.Entry<String, BoundaryCondition> e : p.boundary().entrySet()) {
                    g.writeObjectFieldStart(e.getKey());
                    condition(e.getValue());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            if (p.initial().isPresent()) {
                g.writeObjectFieldStart("initial");
                Coefficient c = p.initial().get().value();
                if (c instanceof RandomCoefficient r) {
                    g.writeFieldName("random");
                    randomField(r.field());
                } else {
                    g.writeFieldName("value");
                    coefficient(c);
                }
                g.writeEndObject();
            }
            if (p.time().isPresent()) {
                TimeSpec t = p.time().get();
                g.writeObjectFieldStart("time");
                number("start", t.start());
                number("end", t.end());
                number("dt", t.dt());
                g.writeEndObject();
            }
            OutputSpec o = p.outputs();
            g.writeObjectFieldStart("outputs");
            g.writeArrayFieldStart("fields");
            for (String f : o.fields()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeNumberField("every", o.every());
            g.writeStringField("vtk", o.vtk().name().toLowerCase());
            g.writeEndObject();
            g.writeEndObject();
        }

        void geometry(GeometrySpec s) throws IOException {
            g.writeStartObject();
            g.writeStringField("shape", s.shape());
            if (s instanceof GeometrySpec.Rectangle r) {
                box(r.xmin(), r.ymin(), r.xmax(), r.ymax());
            } else if (s instanceof GeometrySpec.LShape l) {
                box(l.xmin(), l.ymin(), l.xmax(), l.ymax());
            } else if (s instanceof GeometrySpec.Disk d) {
                number("cx", d.cx());
                number("cy", d.cy());
                number("radius", d.radius());
            } else if (s instanceof GeometrySpec.Annulus a) {
                number("cx", a.cx());
                number("cy", a.cy());
                number("inner_radius", a.innerRadius());
                number("outer_radius", a.outerRadius());
            } else if (s instanceof GeometrySpec.Polygon p) {
                g.writeArrayFieldStart("loops");
                for (GeometrySpec.PolygonLoop loop : p.loops()) {
                    loop(loop);
                }
                g.writeEndArray();
            } else if (s instanceof GeometrySpec.Gmsh m) {
                String file = targetDirectory == null ? m.file()
                        : targetDirectory.relativize(m.resolved()).toString().replace('\\', '/');
                g.writeStringField("file", file);
            } else if (s instanceof GeometrySpec.Interval i) {
                number("xmin", i.xmin());
                number("xmax", i.xmax());
            }
            g.writeEndObject();
        }

        void loop(GeometrySpec.PolygonLoop loop) throws IOException {
            g.writeStartObject();
            g.writeArrayFieldStart("points");
            for (GeometrySpec.Point q : loop.points()) {
                g.writeStartArray();
                number(q.x());
                number(q.y());
                g.writeEndArray();
            }
            g.writeEndArray();
            if (loop.singleName()) {
                g.writeStringField("name", loop.edgeNames().get(0));
            } else {
                g.writeArrayFieldStart("names");
                for (String n : loop.edgeNames()) {
                    g.writeString(n);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }

        void box(double xmin, double ymin, double xmax, double ymax) throws IOException {
            number("xmin", xmin);
            number("ymin", ymin);
            number("xmax", xmax);
            number("ymax", ymax);
        }

        void pde(PdeSpec pde) throws IOException {
            g.writeObjectFieldStart("pde");
            g.writeStringField("family", pde.family().key());
            g.writeObjectFieldStart("coefficients");
            for (CoefficientSlot slot : pde.family().coefficients()) {
                List<Coefficient> value = pde.coefficients().get(slot.name());
                g.writeFieldName(slot.name());
                if (slot.components() == 1) {
                    coefficient(value.get(0));
                } else {
                    g.writeStartArray();
                    for (Coefficient c : value) {
                        coefficient(c);
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }

        void condition(BoundaryCondition bc) throws IOException {
            g.writeStringField("type", bc.type());
            if (bc instanceof BoundaryCondition.Dirichlet d) {
                g.writeFieldName("value");
                coefficient(d.value());
            } else if (bc instanceof BoundaryCondition.Neumann n) {
                g.writeFieldName("flux");
                coefficient(n.flux());
            } else if (bc instanceof BoundaryCondition.Robin r) {
                g.writeFieldName("alpha");
                coefficient(r.alpha());
                g.writeFieldName("value");
                coefficient(r.value());
            }
        }

        void coefficient(Coefficient c) throws IOException {
            if (c instanceof Constant k) {
                number(k.value());
            } else if (c instanceof ExpressionCoefficient e) {
                g.writeString(e.source());
            } else if (c instanceof RandomCoefficient r) {
                g.writeStartObject();
                g.writeFieldName("random");
                randomField(r.field());
                g.writeEndObject();
            }
        }

        void randomField(RandomFieldSpec f) throws IOException {
            g.writeStartObject();
            if (f instanceof RandomFieldSpec.Grf grf) {
                g.writeStringField("type", "grf");
                law(f);
                number("mean", grf.mean());
            } else if (f instanceof RandomFieldSpec.GrfThreshold t) {
                g.writeStringField("type", "grf_threshold");
                law(f);
                number("threshold", t.threshold());
                number("above", t.above());
                number("below", t.below());
            }
            g.writeEndObject();
        }

        void law(RandomFieldSpec f) throws IOException {
            number("alpha", f.alpha());
            number("tau", f.tau());
            number("sigma", f.sigma());
        }

        void number(String key, double v) throws IOException {
            g.writeFieldName(key);
            number(v);
        }

        /** Integers without a fraction; other values in Java's shortest round-trip form. */
        void number(double v) throws IOException {
            if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
                g.writeNumber((long) v);
            } else {
                g.writeNumber(v);
            }
        }
    }
}
