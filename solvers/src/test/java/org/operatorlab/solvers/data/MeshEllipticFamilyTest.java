package org.operatorlab.solvers.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.solve.ProblemSolver;
import org.operatorlab.solvers.solve.SolveOptions;

/** Darcy samples on a triangle mesh: drawn at the nodes, solved with P1 elements as the classical solver does. */
class MeshEllipticFamilyTest {
    static final String LSHAPE = """
            {"format": "operatorlab-problem/1", "name": "lshape darcy",
             "geometry": {"shape": "lshape", "xmin": -1, "ymin": -1, "xmax": 1, "ymax": 1},
             "mesh": {"type": "triangles", "size": 0.2},
             "pde": {"family": "darcy", "coefficients": {"a": %s, "f": "1 + x*y"}},
             "boundary": {"outer": {"type": "dirichlet", "value": 0}, "notch": {"type": "dirichlet", "value": 0}},
             "outputs": {"fields": ["u"], "every": 1, "vtk": "binary"}}
            """;

    private static double[] sampleOutput(SampleFamily family, double[] input) {
        SampleSolver solver = family.newSolver(SolverChoice.CG, 1e-12);
        double[] state = new double[solver.stateLength()];
        assertTrue(solver.solve(input, state).converged());
        double[] u = new double[input.length];
        solver.toOutput(state, u);
        return u;
    }

    /** A "random" field that takes one value everywhere: the sample must be the classical P1 solution with that a. */
    @Test
    void constantFieldSampleEqualsTheClassicalFiniteElementSolve() {
        Problem random = ProblemReader.read(LSHAPE.formatted("{\"random\": {\"type\": \"grf_threshold\", \"alpha\": 2,"
                + " \"tau\": 3, \"sigma\": 3, \"threshold\": 0, \"above\": 2.5, \"below\": 2.5}}"), "random.json");
        Problem fixed = ProblemReader.read(LSHAPE.formatted("2.5"), "fixed.json");
        SampleFamily family = ProblemSampling.family(random, 1);
        double[] input = family.drawInput(SampleSeeds.of(0, 0));
        for (double a : input) {
            assertEquals(2.5, a, 1e-12);
        }
        double[] u = sampleOutput(family, input);
        double[] reference = new ProblemSolver(SolveOptions.defaults().withTolerance(1e-12))
                .solve(fixed, ProgressListener.NONE, CancellationToken.none()).fields().get("u").values();
        assertArrayEquals(reference, u, 1e-9 * java.util.Arrays.stream(reference).map(Math::abs).max().orElseThrow());
    }

    @Test
    void twoValuedFieldsDifferBetweenSeedsAndStayAtTheirValues() {
        Problem random = ProblemReader.read(LSHAPE.formatted("{\"random\": {\"type\": \"grf_threshold\", \"alpha\": 2,"
                + " \"tau\": 3, \"sigma\": 3, \"threshold\": 0, \"above\": 12, \"below\": 3}}"), "random.json");
        SampleFamily family = ProblemSampling.family(random, 1);
        assertEquals(family.inputShape()[0], family.outputShape()[0]);
        double[] a = family.drawInput(SampleSeeds.of(0, 0)), b = family.drawInput(SampleSeeds.of(0, 1));
        assertArrayEquals(a, family.drawInput(SampleSeeds.of(0, 0)), 0, "same seed, same input");
        boolean differ = false;
        for (int i = 0; i < a.length; i++) {
            assertTrue(a[i] >= 3 - 1e-12 && a[i] <= 12 + 1e-12, "bilinear mix of 3 and 12: " + a[i]);
            differ |= a[i] != b[i];
        }
        assertTrue(differ);
        double[] u = sampleOutput(family, a);
        assertTrue(java.util.Arrays.stream(u).max().orElseThrow() > 0, "f > 0 pushes u up");
    }

    @Test
    void otherFamiliesOnMeshesAreRefusedInOneLine() {
        Problem poisson = ProblemReader.read(LSHAPE.formatted("1").replace("\"darcy\"", "\"poisson\"")
                .replace("\"a\": 1, ", "").replace("\"f\": \"1 + x*y\"", "\"f\": {\"random\": {\"type\": \"grf\","
                        + " \"alpha\": 2, \"tau\": 3, \"sigma\": 1, \"mean\": 0}}"), "poisson.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProblemSampling.family(poisson, 1));
        assertTrue(e.getMessage().contains("darcy with a random coefficient a"), e.getMessage());
    }
}
