package org.operatorlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * train, evaluate and predict as a user runs them: a tiny Darcy set made with generate, a tiny FNO
 * trained on it, its error measured on held-out data, a prediction an independent VTK reader opens,
 * and the one-line errors.
 */
class TrainCliTest {
    private static final int N = 17;

    @TempDir
    static Path dir;
    static Path problem;
    static Path model;
    static Path test;
    static CliTest.Run training;

    /** One generated set and one trained model shared by every test: training is the slow part. */
    @BeforeAll
    static void trainTinyModel() throws IOException {
        String json = Files.readString(CliTest.PROBLEMS.resolve("darcy_fno.json"))
                .replace("\"nx\": 129, \"ny\": 129", "\"nx\": " + N + ", \"ny\": " + N);
        assertTrue(json.contains("\"nx\": " + N), "the grid was reduced");
        problem = dir.resolve("darcy17.json");
        Files.writeString(problem, json);
        Path train = dir.resolve("train.npz");
        test = dir.resolve("test.npz");
        CliTest.Run g = CliTest.run("generate", problem.toString(), "-n", "40", "--out", train.toString(), "--seed", "1");
        assertEquals(0, g.exitCode(), g.err());
        g = CliTest.run("generate", problem.toString(), "-n", "10", "--out", test.toString(), "--seed", "2");
        assertEquals(0, g.exitCode(), g.err());
        model = dir.resolve("model.olm");
        training = CliTest.run("train", "--engine", "fno", "--data", train.toString(), "--out", model.toString(),
                "--epochs", "30", "--batch", "5", "--lr", "5e-3", "--width", "8", "--modes", "4", "--layers", "2");
    }

    @Test
    void trainWritesTheModelAndReportsEveryEpoch() {
        assertEquals(0, training.exitCode(), training.err());
        assertTrue(Files.isRegularFile(model));
        assertTrue(training.err().contains("epoch 30/30"), training.err());
        assertTrue(training.out().contains("parameters") && training.out().contains("samples/s"), training.out());
    }

    /** Below the trivial predictor (error 1 for u = 0, and well under 0.5 for any constant field). */
    @Test
    void evaluateOnHeldOutDataBeatsTheTrivialPredictor() {
        CliTest.Run r = CliTest.run("evaluate", "--model", model.toString(), "--data", test.toString());
        assertEquals(0, r.exitCode(), r.err());
        Matcher m = Pattern.compile("mean ([0-9.eE+-]+), max ([0-9.eE+-]+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        double mean = Double.parseDouble(m.group(1));
        double max = Double.parseDouble(m.group(2));
        assertTrue(mean < 0.5 && mean > 0 && max >= mean, r.out());
    }

    @Test
    void predictCompareWritesFieldsAnIndependentReaderOpens() throws Exception {
        Path out = dir.resolve("u.vti");
        CliTest.Run r = CliTest.run("predict", "--model", model.toString(), "--problem", problem.toString(),
                "--out", out.toString(), "--seed", "3", "--compare");
        assertEquals(0, r.exitCode(), r.err());
        Matcher m = Pattern.compile("relative L2 error ([0-9.eE+-]+);").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Double.parseDouble(m.group(1)) < 0.5, r.out());
        assertTrue(r.out().contains("speed-up"), r.out());
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, String.format(Locale.ROOT,
                "{\"files\": [{\"path\": \"%s\", \"points\": %d, \"cells\": %d}]}", out, N * N, (N - 1) * (N - 1)));
        Process p = new ProcessBuilder("/usr/bin/python3", CliTest.ROOT.resolve("scripts/check_vtk.py").toString(),
                manifest.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        String vti = Files.readString(out, StandardCharsets.ISO_8859_1);
        for (String field : List.of("input", "prediction", "reference", "error")) {
            assertTrue(vti.contains("Name=\"" + field + "\""), field + " in " + out);
        }
    }

    @Test
    void modelOnAnotherProblemIsRefusedInOneLine() {
        Path out = dir.resolve("wrong.vti");
        CliTest.Run r = CliTest.run("predict", "--model", model.toString(), "--problem",
                CliTest.PROBLEMS.resolve("poisson_lshape.json").toString(), "--out", out.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("darcy"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void missingDataAndTruncatedModelAreOneLineErrors() throws IOException {
        CliTest.Run missing = CliTest.run("train", "--data", dir.resolve("nope.npz").toString(),
                "--out", dir.resolve("m.olm").toString());
        assertEquals(1, missing.exitCode(), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("nope.npz"), missing.err());
        assertFalse(Files.exists(dir.resolve("m.olm")));

        byte[] bytes = Files.readAllBytes(model);
        Path truncated = dir.resolve("truncated.olm");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliTest.Run r = CliTest.run("evaluate", "--model", truncated.toString(), "--data", test.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("truncated.olm"), r.err());
    }

    /** Diverged in the first epoch: no epoch was good, so nothing is written, not even a last-good file. */
    @Test
    void divergingTrainingIsAOneLineErrorAndWritesNothing() {
        Path out = dir.resolve("diverged.olm");
        CliTest.Run r = CliTest.run("train", "--data", dir.resolve("train.npz").toString(), "--out", out.toString(),
                "--epochs", "3", "--lr", "1e6", "--width", "8", "--modes", "4", "--layers", "2");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("training diverged at epoch 1"), r.err());
        assertTrue(r.err().contains("no model was written"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("error:")).count(), r.err());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("diverged.last-good.olm")));
    }

    /**
     * Full-batch Adam at a learning rate of 0.8: losses 0.71 and 215 in epochs 1 and 2, then about 5700
     * in epoch 3, over the engine's limit of 1000. Epoch 3 started from epoch 2's parameters, so epoch 1
     * is the last good one: its model goes next to --out as a last-good file (never --out itself), and
     * evaluate reads it like any model, its error that of epoch 1 (validation about 210), not epoch 2's
     * (about 5600).
     */
    @Test
    void divergingTrainingKeepsTheLastGoodModelNextToOut() {
        Path out = dir.resolve("blowup.olm");
        Path kept = dir.resolve("blowup.last-good.olm");
        CliTest.Run r = CliTest.run("train", "--data", dir.resolve("train.npz").toString(), "--out", out.toString(),
                "--epochs", "20", "--batch", "40", "--lr", "0.8", "--width", "8", "--modes", "4", "--layers", "2");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("training diverged at epoch 3: loss"), r.err());
        assertTrue(r.err().contains("; kept the last good model (epoch 1) in " + kept), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("error:")).count(), r.err());
        assertFalse(Files.exists(out), "a diverged run never writes --out");
        assertTrue(Files.isRegularFile(kept));

        double[] validation = new double[3];
        Matcher epoch = Pattern.compile("epoch (\\d+)/20 +loss [0-9.eE+-]+ +validation ([0-9.eE+-]+)").matcher(r.err());
        while (epoch.find()) {
            validation[Integer.parseInt(epoch.group(1)) - 1] = Double.parseDouble(epoch.group(2));
        }
        assertTrue(validation[0] > 0 && validation[1] > 10 * validation[0], r.err());
        CliTest.Run e = CliTest.run("evaluate", "--model", kept.toString(), "--data", test.toString());
        assertEquals(0, e.exitCode(), e.err());
        Matcher m = Pattern.compile("mean ([0-9.eE+-]+), max").matcher(e.out());
        assertTrue(m.find(), e.out());
        double mean = Double.parseDouble(m.group(1));
        assertTrue(mean > validation[0] / 2 && mean < 2 * validation[0], "epoch 1's error " + validation[0] + ", got " + mean);
    }

    /** tfno keeps the share --rank of the dense spectral weights: far fewer than the fno above. */
    @Test
    void tfnoTrainsWithFewerSpectralParameters() {
        Path out = dir.resolve("tfno.olm");
        CliTest.Run r = CliTest.run("train", "--engine", "tfno", "--rank", "0.2", "--data", dir.resolve("train.npz").toString(),
                "--out", out.toString(), "--epochs", "1", "--width", "8", "--modes", "4", "--layers", "2");
        assertEquals(0, r.exitCode(), r.err());
        Matcher fno = Pattern.compile("\\((\\d+) spectral\\)").matcher(training.out());
        Matcher tfno = Pattern.compile("tfno: \\d+ parameters \\((\\d+) spectral\\)").matcher(r.out());
        assertTrue(fno.find() && tfno.find(), training.out() + r.out());
        double share = Double.parseDouble(tfno.group(1)) / Double.parseDouble(fno.group(1));
        assertTrue(share > 0.1 && share <= 0.25, "spectral share " + share);
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void helpForEachCommand() {
        for (String command : List.of("train", "predict", "evaluate")) {
            CliTest.Run help = CliTest.run(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("Usage: operatorlab " + command), help.out());
        }
    }
}
