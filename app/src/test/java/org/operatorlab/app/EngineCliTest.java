package org.operatorlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.operators.pinn.SineBenchmark;

/**
 * train, predict and evaluate for the deeponet and pinn engines as a user runs them, on tiny settings:
 * the model files they write, the errors they print, the fields the .vtu/.vti holds, and the one-line
 * refusals of a model used on the wrong problem or an engine given the wrong source.
 */
class EngineCliTest {
    static final String SINE = SineBenchmark.dirichletJson();

    @TempDir
    static Path dir;
    static Path darcy;
    static Path data;
    static Path sine;
    static Path pinn;
    static CliTest.Run pinnTraining;

    @BeforeAll
    static void dataAndPinn() throws IOException {
        String json = Files.readString(CliTest.PROBLEMS.resolve("darcy_fno.json"))
                .replace("\"nx\": 129, \"ny\": 129", "\"nx\": 13, \"ny\": 13");
        darcy = dir.resolve("darcy13.json");
        Files.writeString(darcy, json);
        data = dir.resolve("data.npz");
        CliTest.Run g = CliTest.run("generate", darcy.toString(), "-n", "30", "--out", data.toString(), "--seed", "1");
        assertEquals(0, g.exitCode(), g.err());
        sine = dir.resolve("sine.json");
        Files.writeString(sine, SINE);
        pinn = dir.resolve("pinn.olm");
        pinnTraining = CliTest.run("train", "--engine", "pinn", "--problem", sine.toString(), "--out", pinn.toString(),
                "--epochs", "150", "--lbfgs", "150", "--points", "300", "--width", "16");
    }

    private static double number(String pattern, String text) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertTrue(m.find(), pattern + " in " + text);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void deepOnetTrainsPredictsAndEvaluates() throws IOException {
        for (String trunk : List.of("net", "pod")) {
            Path model = dir.resolve("deeponet-" + trunk + ".olm");
            CliTest.Run t = CliTest.run("train", "--engine", "deeponet", "--trunk", trunk, "--data", data.toString(),
                    "--out", model.toString(), "--epochs", "40", "--batch", "9", "--width", "24", "--layers", "2",
                    "--modes", "8", "--lr", "3e-3", "--sensors", "64");
            assertEquals(0, t.exitCode(), t.err());
            assertTrue(t.err().contains("epoch 40/40"), t.err());
            assertTrue(t.out().startsWith("deeponet: ") && t.out().contains("64 sensors"), t.out());
            assertTrue(Files.isRegularFile(model));

            CliTest.Run e = CliTest.run("evaluate", "--model", model.toString(), "--data", data.toString());
            assertEquals(0, e.exitCode(), e.err());
            double mean = number("mean ([0-9.eE+-]+)", e.out());
            assertTrue(mean > 0 && mean < 0.6, trunk + ": " + e.out());

            Path out = dir.resolve("deeponet-" + trunk + ".vti");
            CliTest.Run p = CliTest.run("predict", "--model", model.toString(), "--problem", darcy.toString(),
                    "--out", out.toString(), "--seed", "5", "--compare");
            assertEquals(0, p.exitCode(), p.err());
            assertTrue(number("relative L2 error ([0-9.eE+-]+);", p.out()) < 0.8, p.out());
            String vti = Files.readString(out, StandardCharsets.ISO_8859_1);
            for (String field : List.of("input", "prediction", "reference", "error")) {
                assertTrue(vti.contains("Name=\"" + field + "\""), field);
            }
        }
    }

    @Test
    void pinnTrainsOnTheProblemAndComparesWithTheClassicalSolve() throws IOException {
        assertEquals(0, pinnTraining.exitCode(), pinnTraining.err());
        assertTrue(pinnTraining.err().contains("epoch 150/"), pinnTraining.err());
        assertTrue(pinnTraining.out().startsWith("pinn: ") && pinnTraining.out().contains("exact Dirichlet"),
                pinnTraining.out());
        Path out = dir.resolve("pinn.vtu");
        CliTest.Run p = CliTest.run("predict", "--model", pinn.toString(), "--problem", sine.toString(),
                "--out", out.toString(), "--compare");
        assertEquals(0, p.exitCode(), p.err());
        double error = number("relative L2 error ([0-9.eE+-]+);", p.out());
        assertTrue(error < 0.05, p.out());
        String vtu = Files.readString(out, StandardCharsets.ISO_8859_1);
        for (String field : List.of("prediction", "reference", "error")) {
            assertTrue(vtu.contains("Name=\"" + field + "\""), field);
        }
        CliTest.Run e = CliTest.run("evaluate", "--model", pinn.toString());
        assertEquals(0, e.exitCode(), e.err());
        assertEquals(error, number("nodes: ([0-9.eE+-]+)", e.out()), 1e-3 * error, e.out());
    }

    @Test
    void wrongProblemsAndSourcesAreOneLineErrors() {
        Path out = dir.resolve("wrong.vtu");
        CliTest.Run r = CliTest.run("predict", "--model", pinn.toString(), "--problem", darcy.toString(),
                "--out", out.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("poisson") && r.err().contains("darcy"), r.err());
        assertFalse(Files.exists(out));

        CliTest.Run pinnOnData = CliTest.run("train", "--engine", "pinn", "--data", data.toString(),
                "--out", dir.resolve("x.olm").toString());
        assertEquals(1, pinnOnData.exitCode(), pinnOnData.err());
        assertTrue(pinnOnData.err().contains("--problem"), pinnOnData.err());
        assertFalse(Files.exists(dir.resolve("x.olm")));

        CliTest.Run unknown = CliTest.run("train", "--engine", "gnn", "--data", data.toString(),
                "--out", dir.resolve("y.olm").toString());
        assertEquals(1, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("fno|tfno|deeponet|pinn"), unknown.err());

        CliTest.Run both = CliTest.run("train", "--data", data.toString(), "--problem", sine.toString(),
                "--out", dir.resolve("z.olm").toString());
        assertEquals(2, both.exitCode(), both.err());

        CliTest.Run pinnNeedsNoData = CliTest.run("evaluate", "--model", pinn.toString(), "--data", data.toString());
        assertEquals(1, pinnNeedsNoData.exitCode(), pinnNeedsNoData.err());
        assertTrue(pinnNeedsNoData.err().contains("pinn"), pinnNeedsNoData.err());
    }
}
