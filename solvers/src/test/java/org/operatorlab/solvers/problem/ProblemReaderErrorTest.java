package org.operatorlab.solvers.problem;

import static org.operatorlab.solvers.problem.ProblemErrorAssert.assertError;
import static org.operatorlab.solvers.problem.ProblemErrorAssert.assertErrorAfter;
import static org.operatorlab.solvers.problem.ProblemErrorAssert.assertErrorAt;

import org.junit.jupiter.api.Test;

/** One test per kind of bad input: each asserts the line, column and JSON path of the message. */
class ProblemReaderErrorTest {
    /** A valid problem; each test breaks one thing. */
    static final String VALID = """
            {
              "format": "operatorlab-problem/1",
              "name": "test",
              "geometry": {"shape": "rectangle", "xmin": 0, "ymin": 0, "xmax": 1, "ymax": 1},
              "mesh": {"type": "grid", "nx": 17, "ny": 17},
              "pde": {"family": "poisson", "coefficients": {"f": "sin(pi*x)"}},
              "boundary": {"left": {"type": "dirichlet", "value": 0}}
            }
            """;

    private static String replace(String what, String with) {
        if (!VALID.contains(what)) {
            throw new AssertionError("test text lacks " + what);
        }
        return VALID.replace(what, with);
    }

    @Test
    void validBaseReads() {
        Problem p = ProblemReader.read(VALID, "ok.json");
        org.junit.jupiter.api.Assertions.assertEquals(PdeFamily.POISSON, p.pde().family());
    }

    @Test
    void unclosedBracePointsAtEndOfFileAndTheOpeningBrace() {
        String json = VALID.substring(0, VALID.lastIndexOf('}'));
        // the object left open is the root, opened at 1:1; the file ends on the last line
        int lines = ProblemErrorAssert.lineOf(json, json.length());
        ProblemFileException e = org.junit.jupiter.api.Assertions.assertThrows(ProblemFileException.class,
                () -> ProblemReader.read(json, "bad.json"));
        org.junit.jupiter.api.Assertions.assertEquals(lines, e.line(), e.getMessage());
        org.junit.jupiter.api.Assertions.assertEquals("$", e.jsonPath());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("opened at line 1, column 1"), e.getMessage());
    }

    @Test
    void unclosedInnerObjectNamesIt() {
        String json = VALID.substring(0, VALID.indexOf("\"type\": \"dirichlet\"")) + "\"type\": \"dirichlet\"";
        int open = json.lastIndexOf("{\"type\"");
        int line = ProblemErrorAssert.lineOf(json, open);
        assertErrorAfter(json, "\"type\": \"dirichlet\"", "$.boundary.left",
                "opened at line " + line + ", column " + ProblemErrorAssert.columnOf(json, open) + " is closed", "ends before");
    }

    @Test
    void trailingGarbageAfterTheObject() {
        assertErrorAfter(VALID + "x", "}\nx", "$", "malformed JSON", "'x'");
        assertError(VALID + "{}", "{}", "$", "after the end of the top-level object");
    }

    @Test
    void unknownKeySuggestsTheNearestValidKey() {
        assertError(replace("\"ny\": 17", "\"nyy\": 17"), "\"nyy\"", "$.mesh.nyy", "unknown key \"nyy\"", "did you mean \"ny\"");
        assertError(replace("\"name\"", "\"nmae\""), "\"nmae\"", "$.nmae", "did you mean \"name\"");
    }

    @Test
    void wrongType() {
        assertError(replace("\"nx\": 17", "\"nx\": \"17\""), "\"17\"", "$.mesh.nx", "expected an integer");
        assertError(replace("\"nx\": 17", "\"nx\": 17.5"), "17.5", "$.mesh.nx", "expected an integer");
        assertError(replace("\"xmax\": 1", "\"xmax\": [1]"), "[1]", "$.geometry.xmax", "expected a number, found an array");
        assertError(replace("{\"left\": {\"type\": \"dirichlet\", \"value\": 0}}", "[1]"), "[1]", "$.boundary", "expected boundary conditions");
    }

    @Test
    void missingField() {
        assertError(replace(", \"ymax\": 1}", "}"), "{\"shape\": \"rectangle\"", "$.geometry", "missing key \"ymax\"");
        assertError(replace("\"format\": \"operatorlab-problem/1\",\n  \"name\": \"test\",", "\"format\": \"operatorlab-problem/1\","),
                "{", "$", "missing key \"name\"");
        assertError(replace("{\"f\": \"sin(pi*x)\"}", "{}"), "{}}", "$.pde.coefficients", "missing key \"f\"");
    }

    @Test
    void nanAndInfinityTokensAreRejected() {
        assertErrorAfter(replace("\"xmax\": 1", "\"xmax\": NaN"), "NaN", "$.geometry.xmax", "malformed JSON", "NaN");
        assertErrorAfter(replace("\"xmax\": 1", "\"xmax\": Infinity"), "Infinity", "$.geometry.xmax", "malformed JSON");
        assertErrorAfter(replace("\"xmax\": 1", "\"xmax\": -Infinity"), "-Infinity", "$.geometry.xmax", "malformed JSON");
    }

    @Test
    void numbersTooLargeForADoubleAreRejected() {
        assertError(replace("\"xmax\": 1", "\"xmax\": 1e400"), "1e400", "$.geometry.xmax", "too large", "finite");
        assertError(replace("\"xmin\": 0", "\"xmin\": -2e308"), "-2e308", "$.geometry.xmin", "too large");
    }

    @Test
    void nonPositiveMeshSizeAndTooFewGridNodes() {
        assertError(replace("{\"type\": \"grid\", \"nx\": 17, \"ny\": 17}", "{\"type\": \"triangles\", \"size\": 0}"),
                "0}", "$.mesh.size", "expected a positive number");
        assertError(replace("{\"type\": \"grid\", \"nx\": 17, \"ny\": 17}", "{\"type\": \"triangles\", \"size\": -0.1}"),
                "-0.1", "$.mesh.size", "positive");
        assertError(replace("\"nx\": 17", "\"nx\": 1"), "1, \"ny\"", "$.mesh.nx", "expected an integer >= 2, found 1");
    }

    @Test
    void boundaryNameTheGeometryLacksListsTheNamesItHas() {
        assertError(replace("\"left\": {", "\"inner\": {"), "\"inner\"", "$.boundary.inner",
                "has no boundary \"inner\"", "bottom, right, top, left");
    }

    @Test
    void unknownBoundaryConditionType() {
        assertError(replace("\"type\": \"dirichlet\"", "\"type\": \"dirichlett\""), "\"dirichlett\"", "$.boundary.left.type",
                "did you mean \"dirichlet\"", "dirichlet, neumann, robin");
    }

    @Test
    void unknownFormatVersion() {
        assertError(replace("operatorlab-problem/1", "operatorlab-problem/2"), "\"operatorlab-problem/2\"", "$.format",
                "unsupported format", "operatorlab-problem/1");
    }

    @Test
    void unknownPdeFamily() {
        assertError(replace("\"poisson\"", "\"poison\""), "\"poison\"", "$.pde.family",
                "unknown pde family \"poison\"", "did you mean \"poisson\"", "darcy");
    }

    @Test
    void expressionThatDoesNotParse() {
        assertError(replace("\"sin(pi*x)\"", "\"sin(pi*x\""), "\"sin(pi*x\"", "$.pde.coefficients.f", "does not parse");
        assertError(replace("\"sin(pi*x)\"", "\"x +\""), "\"x +\"", "$.pde.coefficients.f", "does not parse");
    }

    @Test
    void expressionWithAnUnknownVariable() {
        assertError(replace("\"sin(pi*x)\"", "\"sin(pi*z)\""), "\"sin(pi*z)\"", "$.pde.coefficients.f", "'z'", "x, y, t");
    }

    @Test
    void timeEndNotAfterStart() {
        String heat = replace("{\"family\": \"poisson\", \"coefficients\": {\"f\": \"sin(pi*x)\"}}",
                "{\"family\": \"heat\", \"coefficients\": {\"kappa\": 1}},\n"
                        + "  \"initial\": {\"value\": 0},\n"
                        + "  \"time\": {\"start\": 1, \"end\": 0.5, \"dt\": 0.1}");
        assertError(heat, "0.5", "$.time.end", "end must be after start");
    }

    @Test
    void timeDependentFamilyWithoutTime() {
        String heat = replace("{\"family\": \"poisson\", \"coefficients\": {\"f\": \"sin(pi*x)\"}}",
                "{\"family\": \"heat\", \"coefficients\": {\"kappa\": 1}},\n  \"initial\": {\"value\": 0}");
        assertError(heat, "{", "$", "heat is time-dependent", "\"time\"");
    }

    @Test
    void invalidGeometryIsReportedAtTheGeometry() {
        String annulus = replace("{\"shape\": \"rectangle\", \"xmin\": 0, \"ymin\": 0, \"xmax\": 1, \"ymax\": 1}",
                "{\"shape\": \"annulus\", \"cx\": 0, \"cy\": 0, \"inner_radius\": 2, \"outer_radius\": 1}")
                .replace("\"mesh\": {\"type\": \"grid\", \"nx\": 17, \"ny\": 17}", "\"mesh\": {\"type\": \"triangles\", \"size\": 0.1}")
                .replace("\"left\"", "\"outer\"");
        assertError(annulus, "{\"shape\": \"annulus\"", "$.geometry", "innerRadius < outerRadius");
        String box = replace("\"xmax\": 1", "\"xmax\": -1");
        assertError(box, "{\"shape\": \"rectangle\"", "$.geometry", "xMax > xMin");
    }

    @Test
    void duplicateKey() {
        assertError(replace("\"ny\": 17", "\"ny\": 17, \"nx\": 9"), "\"nx\": 9", "$.mesh.nx", "duplicate key \"nx\"");
    }

    @Test
    void periodicBoundaryTakesNoCondition() {
        String periodic = replace("\"ny\": 17}", "\"ny\": 17, \"periodic\": [true, false]}");
        assertError(periodic, "\"left\"", "$.boundary.left", "periodic", "bottom, top");
    }

    @Test
    void emptyFileAndNonObjectRoot() {
        assertErrorAt("", 1, 1, "$", "empty");
        assertErrorAt("[1, 2]", 1, 1, "$", "expected a problem");
    }
}
