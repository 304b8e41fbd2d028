package org.operatorlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.operators.engine.ModelPredictor;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;

/** Every shipped demo file reads, names files that exist, and its shipped model fits its problem. */
class DemoFilesTest {
    static Path resources() {
        String root = System.getProperty("operatorlab.root");
        assertNotNull(root, "operatorlab.root is set by surefire");
        return Path.of(root, "resources");
    }

    @Test
    void everyShippedDemoReadsAndTheRequiredSetIsThere() {
        List<DemoLibrary.Entry> entries = new DemoLibrary(resources()).entries();
        assertTrue(entries.size() >= 6, "at least six demos, found " + entries.size());
        for (DemoLibrary.Entry e : entries) {
            assertNull(e.error(), e.file() + " reads");
            Demo d = e.demo();
            int sentences = d.explanation().split("(?<=[.!?])\\s+").length;
            assertTrue(sentences >= 3 && sentences <= 6, d.title() + ": explanation of 3-6 sentences, has " + sentences);
        }
        List<String> steps = entries.stream().flatMap(e -> e.demo().steps().stream()).map(DemoStep::name).toList();
        for (String required : List.of("solve", "compare_model", "train_pinn", "train_deeponet", "recycling")) {
            assertTrue(steps.contains(required), "some demo does '" + required + "'");
        }
        long shippedModels = entries.stream().filter(e -> e.demo().model() != null).count();
        assertTrue(shippedModels >= 2, "Darcy and Burgers ship FNO models, found " + shippedModels);
    }

    @Test
    void shippedModelsFitTheirProblemAndNameTheCommandThatMadeThem() throws Exception {
        for (DemoLibrary.Entry e : new DemoLibrary(resources()).entries()) {
            Demo d = e.demo();
            if (d.model() == null) {
                continue;
            }
            Problem problem = ProblemReader.read(d.problem());
            ModelPredictor.load(d.model()).checkCompatible(problem, ProblemDomains.mesh(problem));
            String model = d.model().getFileName().toString();
            String command = d.trainCommand();
            assertTrue(command.startsWith("bin/operatorlab generate resources/problems/" + d.problem().getFileName() + " "),
                    d.title() + ": " + command);
            assertTrue(command.contains(" && bin/operatorlab train ") && command.contains(" --out resources/models/" + model + " "),
                    d.title() + ": " + command);
            assertTrue(Files.size(d.model()) < 2_500_000, model + " is small: " + Files.size(d.model()) + " bytes");
        }
    }

    @Test
    void badDemoFilesGetOneLineErrorsNamingTheFileAndKey(@TempDir Path dir) throws Exception {
        DemoReader reader = new DemoReader(resources());
        String head = "{\"format\": \"operatorlab-demo/1\", \"title\": \"t\", \"explanation\": \"e\", ";
        assertError(reader, dir, head + "\"problem\": \"heat_plate_hole.json\", \"steps\": [{\"do\": \"fly\"}]}",
                "$.steps[0].do: unknown step 'fly'");
        assertError(reader, dir, head + "\"problem\": \"no_such.json\", \"steps\": [{\"do\": \"solve\"}]}",
                "$.problem: no such file");
        assertError(reader, dir, head + "\"problem\": \"poisson_lshape.json\", \"steps\": [{\"do\": \"train_pinn\"}]}",
                "$.steps[0]: step 'train_pinn' compares with the classical solution");
        assertError(reader, dir, head + "\"problem\": \"burgers_classroom.json\", \"model\": \"burgers_fno.olm\","
                + " \"steps\": [{\"do\": \"compare_model\"}]}", "$.train_command: a shipped model needs");
        assertError(reader, dir, head + "\"steps\": [{\"do\": \"recycling\", \"k_from\": -1, \"k_to\": 2}]}",
                "$.steps[0].k_from: must be a positive number");
    }

    private static void assertError(DemoReader reader, Path dir, String json, String expected) throws Exception {
        Path file = dir.resolve("demo.json");
        Files.writeString(file, json);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": ") && e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    }
}
