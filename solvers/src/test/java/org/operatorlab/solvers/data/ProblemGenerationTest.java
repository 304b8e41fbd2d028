package org.operatorlab.solvers.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;

/** The entry point the CLI calls: a problem file in, a data set out. */
class ProblemGenerationTest {
    @TempDir
    Path dir;

    private static Problem read(String json) {
        return ProblemReader.read(json, "test.json");
    }

    private static final String DARCY = """
            {"format": "operatorlab-problem/1", "name": "small darcy",
             "geometry": {"shape": "rectangle", "xmin": 0, "ymin": 0, "xmax": 1, "ymax": 1},
             "mesh": {"type": "grid", "nx": 33, "ny": 25},
             "pde": {"family": "darcy", "coefficients": {
               "a": {"random": {"type": "grf_threshold", "alpha": 2, "tau": 3, "sigma": 3, "threshold": 0, "above": 12, "below": 3}},
               "f": "1 + x"}}}
            """;

    @Test
    void darcyProblemGivesGridShapedArraysAndItsOwnJsonInTheMetadata() throws IOException {
        Path out = dir.resolve("darcy.npz");
        GenerationReport report = DatasetGenerator.generate(read(DARCY), new GenerationOptions(6, 1, SolverChoice.SKR, 2, 1e-8),
                out, ProgressListener.NONE, CancellationToken.none());
        assertEquals(0, report.unconverged());
        try (NpzReader r = NpzReader.open(out)) {
            assertArrayEquals(new long[] {6, 25, 33}, r.array("inputs").shape());
            assertArrayEquals(new long[] {6, 25, 33}, r.array("outputs").shape());
            assertArrayEquals(new long[] {33}, r.array("x").shape());
            assertArrayEquals(new long[] {25}, r.array("y").shape());
            JsonNode meta = new ObjectMapper().readTree(r.metadata().orElseThrow());
            assertEquals("small darcy", meta.get("problem").get("name").asText());
            assertEquals("darcy", meta.get("family").asText());
            // The metadata's problem reads back as the same problem.
            assertEquals(read(DARCY), read(meta.get("problem").toString()));
            double[] u = r.array("outputs").toDoubleArray();
            assertTrue(java.util.Arrays.stream(u).allMatch(v -> v >= 0), "a positive source gives a positive solution");
        }
    }

    @Test
    void poissonWithRandomSourceSolvesEachSampleSystem() throws IOException {
        String json = """
                {"format": "operatorlab-problem/1", "name": "random poisson",
                 "geometry": {"shape": "rectangle", "xmin": 0, "ymin": 0, "xmax": 2, "ymax": 1},
                 "mesh": {"type": "grid", "nx": 41, "ny": 21},
                 "pde": {"family": "poisson", "coefficients": {
                   "f": {"random": {"type": "grf", "alpha": 2, "tau": 3, "sigma": 3, "mean": 1}}}}}
                """;
        Path out = dir.resolve("poisson.npz");
        DatasetGenerator.generate(read(json), new GenerationOptions(5, 8, SolverChoice.SKR, 2, 1e-10), out,
                ProgressListener.NONE, CancellationToken.none());
        org.operatorlab.mesh.grid.UniformGrid grid = org.operatorlab.mesh.grid.UniformGrid.of(41, 21, 0, 0, 2, 1);
        try (NpzReader r = NpzReader.open(out)) {
            double[] f = r.array("inputs").toDoubleArray();
            double[] u = r.array("outputs").toDoubleArray();
            int nodes = 41 * 21;
            for (int s = 0; s < 5; s++) {
                var sys = org.operatorlab.solvers.fd.FivePointOperator.poisson(grid,
                        java.util.Arrays.copyOfRange(f, s * nodes, (s + 1) * nodes));
                double[] x = new double[sys.rhs().length];
                for (int k = 0; k < x.length; k++) x[k] = u[s * nodes + sys.unknownToNode()[k]];
                double res = org.operatorlab.solvers.linalg.Vectors.relativeResidual(sys.matrix(), sys.rhs(), x);
                assertTrue(res <= 2e-10, "sample " + s + " residual " + res);
            }
            assertArrayEquals(new double[] {0, 0.05, 0.1}, java.util.Arrays.copyOf(r.array("x").toDoubleArray(), 3), 1e-15);
        }
    }

    @Test
    void burgersProblemRecordsSnapshots() throws IOException {
        String json = """
                {"format": "operatorlab-problem/1", "name": "small burgers",
                 "geometry": {"shape": "interval", "xmin": 0, "xmax": 1},
                 "mesh": {"type": "grid", "nx": 64, "periodic": true},
                 "pde": {"family": "burgers", "coefficients": {"nu": 0.1}},
                 "initial": {"random": {"type": "grf", "alpha": 2, "tau": 5, "sigma": 25, "mean": 0.5}},
                 "time": {"start": 0, "end": 0.1, "dt": 0.001}}
                """;
        Path out = dir.resolve("burgers.npz");
        DatasetGenerator.generate(read(json), new GenerationOptions(4, 2, SolverChoice.DIRECT, 2, 1e-8), 5, out,
                ProgressListener.NONE, CancellationToken.none());
        try (NpzReader r = NpzReader.open(out)) {
            assertArrayEquals(new long[] {4, 64}, r.array("inputs").shape());
            assertArrayEquals(new long[] {4, 5, 64}, r.array("outputs").shape());
            assertArrayEquals(new double[] {0.02, 0.04, 0.06, 0.08, 0.1}, r.array("t").toDoubleArray(), 1e-15);
            // The same seeds without the mean give the same fields shifted by exactly 0.5.
            Path centred = dir.resolve("centred.npz");
            DatasetGenerator.generate(read(json.replace("\"mean\": 0.5", "\"mean\": 0")),
                    new GenerationOptions(4, 2, SolverChoice.DIRECT, 1, 1e-8), centred, ProgressListener.NONE,
                    CancellationToken.none());
            double[] in = r.array("inputs").toDoubleArray();
            try (NpzReader c = NpzReader.open(centred)) {
                double[] in0 = c.array("inputs").toDoubleArray();
                for (int k = 0; k < in.length; k++) assertEquals(in0[k] + 0.5, in[k], 1e-12);
            }
        }
    }

    @Test
    void problemsThatCannotBeSampledAreRefusedByNameAndWriteNothing() {
        String deterministic = DARCY.replace(
                "{\"random\": {\"type\": \"grf_threshold\", \"alpha\": 2, \"tau\": 3, \"sigma\": 3, \"threshold\": 0, \"above\": 12, \"below\": 3}}", "2");
        Path out = dir.resolve("none.npz");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetGenerator.generate(
                read(deterministic), GenerationOptions.of(2, 1, SolverChoice.SKR), out, ProgressListener.NONE,
                CancellationToken.none()));
        assertTrue(e.getMessage().contains("'small darcy' has no random input"), e.getMessage());
        String neumann = DARCY.replace("\"f\": \"1 + x\"}}", "\"f\": 1}}, \"boundary\": {\"top\": {\"type\": \"neumann\", \"flux\": 0}}");
        e = assertThrows(IllegalArgumentException.class, () -> ProblemSampling.family(read(neumann), 1));
        assertTrue(e.getMessage().contains("top (neumann)"), e.getMessage());
        assertFalse(Files.exists(out));
    }
}
