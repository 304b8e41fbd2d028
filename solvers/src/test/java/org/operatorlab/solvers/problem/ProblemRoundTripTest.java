package org.operatorlab.solvers.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.geometry.Shapes;
import org.operatorlab.mesh.io.VtkEncoding;

/** read -> write -> read gives an equal problem; the written file is plain JSON any reader accepts. */
class ProblemRoundTripTest {
    static final String EVERYTHING = """
            {
              "format": "operatorlab-problem/1",
              "name": "convection with everything",
              "description": "all kinds of values",
              "geometry": {"shape": "polygon", "loops": [
                {"points": [[0, 0], [2, 0], [2, 1], [0, 1]], "names": ["bottom", "right", "top", "left"]},
                {"points": [[0.5, 0.25], [0.75, 0.25], [0.75, 0.5]], "name": "hole"}]},
              "mesh": {"type": "triangles", "size": 0.125},
              "pde": {"family": "convection_diffusion", "coefficients": {
                "epsilon": 0.001, "velocity": ["1 + y", -0.5],
                "f": {"random": {"type": "grf", "alpha": 2.5, "tau": 7}}}},
              "boundary": {
                "left": {"type": "dirichlet", "value": "sin(pi*y)*exp(-t)"},
                "top": {"type": "neumann", "flux": 0.1},
                "hole": {"type": "robin", "alpha": 3, "value": "x*y"}},
              "outputs": {"fields": ["u", "grad_u"], "every": 3, "vtk": "ascii"}
            }
            """;

    @Test
    void everyKindOfValueSurvivesWriteAndRead(@TempDir Path dir) throws IOException {
        Problem p = ProblemReader.read(EVERYTHING, "everything.json");
        Path file = dir.resolve("sub").resolve("everything.json");
        ProblemWriter.write(p, file);
        Problem again = ProblemReader.read(file);
        assertEquals(p, again);
        assertEquals(ProblemWriter.toJson(p), Files.readString(file), "write and toJson agree");
        try (var s = Files.list(file.getParent())) {
            assertEquals(List.of(file), s.toList(), "no temporary file left behind");
        }
    }

    @Test
    void theWrittenFileIsReadableByAnIndependentJsonReaderWithTheSameValues() {
        Problem p = ProblemReader.read(EVERYTHING, "everything.json");
        JsonNode tree = assertDoesNotThrowParse(ProblemWriter.toJson(p));
        assertEquals("operatorlab-problem/1", tree.get("format").asText());
        assertEquals(0.001, tree.at("/pde/coefficients/epsilon").asDouble());
        assertEquals("1 + y", tree.at("/pde/coefficients/velocity/0").asText());
        assertEquals(-0.5, tree.at("/pde/coefficients/velocity/1").asDouble());
        // the default sigma is written out: tau^(alpha - d/2) = 7^1.5 in 2D
        assertEquals(Math.pow(7, 1.5), tree.at("/pde/coefficients/f/random/sigma").asDouble(), 1e-12);
        assertEquals(List.of("bottom", "right", "top", "left"),
                List.of(tree.at("/geometry/loops/0/names/0").asText(), tree.at("/geometry/loops/0/names/1").asText(),
                        tree.at("/geometry/loops/0/names/2").asText(), tree.at("/geometry/loops/0/names/3").asText()));
        assertEquals("hole", tree.at("/geometry/loops/1/name").asText());
        assertEquals("ascii", tree.at("/outputs/vtk").asText());
    }

    private static JsonNode assertDoesNotThrowParse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("written JSON does not parse: " + e.getMessage(), e);
        }
    }

    @Test
    void modelStatesDefaultsRandomnessAndBoundaryConditions() {
        Problem p = ProblemReader.read(EVERYTHING, "everything.json");
        assertTrue(p.hasRandomInputs());
        assertEquals(List.of("bottom", "right", "top", "left", "hole"), p.boundaryNames());
        assertEquals(BoundaryCondition.DEFAULT, p.boundaryCondition("bottom"), "unstated boundaries get u = 0");
        assertEquals(new BoundaryCondition.Neumann(new Constant(0.1)), p.boundaryCondition("top"));
        assertInstanceOf(BoundaryCondition.Robin.class, p.boundaryCondition("hole"));
        assertEquals(5, p.effectiveBoundaryConditions().size());
        assertThrows(IllegalArgumentException.class, () -> p.boundaryCondition("inner"));
        RandomFieldSpec.Grf f = (RandomFieldSpec.Grf) ((RandomCoefficient) p.pde().coefficient("f")).field();
        assertEquals(0, f.mean());
        assertEquals(new OutputSpec(List.of("u", "grad_u"), 3, VtkEncoding.ASCII), p.outputs());
    }

    @Test
    void heatDefaultsItsSourceToZeroAndWritesIt() {
        String json = """
                {"format": "operatorlab-problem/1", "name": "heat",
                 "geometry": {"shape": "disk", "cx": 0, "cy": 0, "radius": 1},
                 "mesh": {"type": "triangles", "size": 0.2},
                 "pde": {"family": "heat", "coefficients": {"kappa": "1 + x^2"}},
                 "initial": {"value": "1 - x^2 - y^2"},
                 "time": {"end": 0.5, "dt": 0.1}}
                """;
        Problem p = ProblemReader.read(json, "heat.json");
        assertEquals(Constant.ZERO, p.pde().coefficient("f"));
        assertEquals(new TimeSpec(0, 0.5, 0.1), p.time().orElseThrow());
        assertEquals(5, p.time().orElseThrow().steps());
        assertFalse(p.hasRandomInputs());
        assertEquals(OutputSpec.DEFAULT, p.outputs());
        assertTrue(ProblemWriter.toJson(p).contains("\"f\" : 0"));
        assertEquals(p, ProblemReader.read(ProblemWriter.toJson(p), "again.json"));
    }

    @Test
    void gmshPathIsRewrittenRelativeToTheNewLocation(@TempDir Path dir) throws IOException {
        Problem p = ShippedProblems.read("poisson_gmsh.json");
        Path file = dir.resolve("elsewhere").resolve("copy.json");
        ProblemWriter.write(p, file);
        Problem again = ProblemReader.read(file);
        assertEquals(p, again);
        GeometrySpec.Gmsh g = (GeometrySpec.Gmsh) again.geometry();
        assertEquals(file.getParent().relativize(g.resolved()).toString().replace('\\', '/'), g.file());
    }

    @Test
    void builtInShapeNamesAgreeWithTheMeshModule() {
        assertEquals(Shapes.rectangle(0, 0, 1, 1).boundaryNames(), new GeometrySpec.Rectangle(0, 0, 1, 1).boundaryNames());
        assertEquals(Shapes.lShape(0, 0, 1, 1).boundaryNames(), new GeometrySpec.LShape(0, 0, 1, 1).boundaryNames());
        assertEquals(Shapes.disk(0, 0, 1).boundaryNames(), new GeometrySpec.Disk(0, 0, 1).boundaryNames());
        assertEquals(Shapes.annulus(0, 0, 0.5, 1).boundaryNames(), new GeometrySpec.Annulus(0, 0, 0.5, 1).boundaryNames());
        Problem p = ProblemReader.read(EVERYTHING, "everything.json");
        assertEquals(ProblemDomains.boundaryNames(p.geometry()), p.geometry().boundaryNames());
    }

    @Test
    void modelRejectsInconsistentSectionsWhenBuiltInCode() {
        PdeSpec poisson = new PdeSpec(PdeFamily.POISSON, Map.of("f", List.of(new Constant(1))));
        GeometrySpec square = new GeometrySpec.Rectangle(0, 0, 1, 1);
        MeshSpec grid = new MeshSpec.Grid(9, 9, false, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Problem("p", "", square, grid,
                poisson, Map.of(), Optional.empty(), Optional.of(new TimeSpec(0, 1, 0.1)), OutputSpec.DEFAULT));
        assertTrue(e.getMessage().contains("steady"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PdeSpec(PdeFamily.DARCY, Map.of("f", List.of(new Constant(1)))));
        assertThrows(IllegalArgumentException.class, () -> new PdeSpec(PdeFamily.BURGERS,
                Map.of("nu", List.of(ExpressionCoefficient.of("x")))));
    }
}
