package org.operatorlab.operators.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.operators.fno.Factorization;
import org.operatorlab.operators.fno.Fno;
import org.operatorlab.operators.fno.FnoConfig;
import org.operatorlab.operators.fno.FnoFiles;
import org.operatorlab.operators.fno.PaddingMode;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.operators.train.Normalization;
import org.operatorlab.operators.train.TrainingSummary;
import org.operatorlab.operators.train.UnitGaussianNormalizer;
import org.operatorlab.solvers.fft.FftPlans;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;

class ModelFileTest {
    private static final FftPlans PLANS = new FftPlans();
    private static final Path PROBLEMS = Path.of("..", "resources", "problems");

    @TempDir
    Path dir;

    private static Fno trainedLooking(FnoConfig config) {
        Fno fno = new Fno(config, 2, 1, 1, DType.FLOAT32, 3, PLANS);
        fno.setNormalization(new Normalization(new UnitGaussianNormalizer(new double[] {7.123456789012345}, new double[] {4.5}),
                new UnitGaussianNormalizer(new double[] {0.0123}, new double[] {Math.PI / 1000})));
        return fno;
    }

    private static Tensor input() {
        SplittableRandom rng = new SplittableRandom(4);
        float[] v = new float[2 * 16 * 16];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble() < 0.5 ? 3 : 12;
        }
        return Tensor.of(v, 2, 1, 16, 16);
    }

    private Path save(Fno fno, String name) throws IOException {
        String problem = Files.readString(PROBLEMS.resolve("darcy_fno.json"));
        TrainingSummary summary = new TrainingSummary(10, 8, 5, 0.02, Double.NaN, true, 1.5, 200, fno.parameterCount());
        Path file = dir.resolve(name);
        FnoFiles.toModelFile(fno, problem, summary).write(file);
        return file;
    }

    @Test
    void roundTripGivesBitIdenticalPredictionsAndKeepsMetadata() throws IOException {
        for (Factorization f : Factorization.values()) {
            Fno fno = trainedLooking(new FnoConfig(6, 3, 2, 0.1, f, 0.5, 8)
                    .withPaddingMode(f == Factorization.CP ? PaddingMode.ZERO : PaddingMode.LINEAR).withPeriodFor(16));
            Path file = save(fno, "m-" + f + ".olm");
            ModelFile read = ModelFile.read(file);
            Fno back = FnoFiles.fromModelFile(read, PLANS);
            assertArrayEquals(fno.predict(input()).toFloatArray(), back.predict(input()).toFloatArray(), 0f, f.name());
            assertEquals(fno.config(), back.config());
            assertEquals(fno.normalization(), back.normalization());
            assertEquals(Files.readString(PROBLEMS.resolve("darcy_fno.json")), read.problemJson());
            assertEquals(8, read.summary().epochsRun());
            assertTrue(Double.isNaN(read.summary().bestValidationError()));
            assertEquals("fno", read.engine());
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left behind");
        }
    }

    @Test
    void filesWithoutPaddingModeAndPeriodReadAsZeroPaddingWithThePeriodFromThePadding() throws IOException {
        Fno fno = trainedLooking(new FnoConfig(6, 3, 2, 0.1, Factorization.NONE, 1, 8));
        ModelFile current = ModelFile.read(save(fno, "legacy.olm"));
        var architecture = current.architecture();
        architecture.remove("paddingMode");
        architecture.remove("period");
        ModelFile legacy = new ModelFile(current.engine(), architecture, current.normalization(), current.problemJson(),
                current.summary(), current.weights());
        Fno back = FnoFiles.fromModelFile(legacy, PLANS);
        assertEquals(PaddingMode.ZERO, back.config().paddingMode());
        assertEquals(0, back.config().period());
        assertArrayEquals(fno.predict(input()).toFloatArray(), back.predict(input()).toFloatArray(), 0f);
    }

    @Test
    void metadataIsReadableJsonWithTheFormatTag() throws IOException {
        Path file = save(trainedLooking(new FnoConfig(4, 3, 1, 0)), "m.olm");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var root = new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("model.json")));
            assertEquals("operatorlab-model/1", root.get("format").asText());
            assertEquals(4, root.get("architecture").get("width").asInt());
            assertEquals(7.123456789012345, root.get("normalization").get("input").get("mean").get(0).asDouble(), 0.0);
        }
    }

    @Test
    void truncatedFileIsRefusedInOneLine() throws IOException {
        Path file = save(trainedLooking(new FnoConfig(4, 3, 1, 0)), "m.olm");
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.olm");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(cut));
        assertTrue(e.getMessage().startsWith("model file " + cut + " is truncated"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void truncatedWeightsEntryIsRefusedInOneLine() throws IOException {
        Path file = save(trainedLooking(new FnoConfig(4, 3, 1, 0)), "m.olm");
        Path broken = dir.resolve("short-weights.olm");
        try (ZipFile zip = new ZipFile(file.toFile()); OutputStream out = Files.newOutputStream(broken);
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("model.json"));
            z.write(zip.getInputStream(zip.getEntry("model.json")).readAllBytes());
            byte[] w = zip.getInputStream(zip.getEntry("weights.bin")).readAllBytes();
            z.putNextEntry(new ZipEntry("weights.bin"));
            z.write(w, 0, w.length - 10);
        }
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(broken));
        assertEquals("model file " + broken + " is truncated: weights.bin ends early", e.getMessage());
    }

    @Test
    void unknownFormatVersionIsRefused() throws IOException {
        Path file = save(trainedLooking(new FnoConfig(4, 3, 1, 0)), "m.olm");
        Path future = dir.resolve("future.olm");
        try (ZipFile zip = new ZipFile(file.toFile()); OutputStream out = Files.newOutputStream(future);
             ZipOutputStream z = new ZipOutputStream(out)) {
            ObjectNode root = (ObjectNode) new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("model.json")));
            root.put("format", "operatorlab-model/2");
            z.putNextEntry(new ZipEntry("model.json"));
            z.write(root.toString().getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("weights.bin"));
            z.write(zip.getInputStream(zip.getEntry("weights.bin")).readAllBytes());
        }
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(future));
        assertEquals("model file " + future + " has format 'operatorlab-model/2'; this program reads operatorlab-model/1",
                e.getMessage());
    }

    @Test
    void shapeMismatchNamesTheArray() throws IOException {
        ModelFile file = ModelFile.read(save(trainedLooking(new FnoConfig(4, 3, 1, 0)), "m.olm"));
        Fno wider = new Fno(new FnoConfig(5, 3, 1, 0), 2, 1, 1, DType.FLOAT32, 0, PLANS);
        ModelFileException e = assertThrows(ModelFileException.class, () -> file.loadInto(wider.parameters()));
        assertEquals("model file " + file.source() + ": array 'lifting.weight' has shape [4, 3] but the model needs [5, 3]",
                e.getMessage());
    }

    @Test
    void modelRefusesAProblemOfAnotherFamily() throws IOException {
        ModelFile file = ModelFile.read(save(trainedLooking(new FnoConfig(4, 3, 1, 0)), "m.olm"));
        file.checkCompatible(ProblemReader.read(PROBLEMS.resolve("darcy_fno.json")));
        Problem burgers = ProblemReader.read(PROBLEMS.resolve("burgers_1d.json"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> file.checkCompatible(burgers));
        assertEquals("model file " + file.source() + " was trained for the darcy family, not burgers (problem '"
                + burgers.name() + "')", e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path none = dir.resolve("none.olm");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(none));
        assertEquals("model file " + none + " does not exist", e.getMessage());
    }
}
