package org.operatorlab.operators.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.CancelledException;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.operators.pinn.SineBenchmark;
import org.operatorlab.operators.train.TrainingDivergedException;
import org.operatorlab.solvers.data.DatasetGenerator;
import org.operatorlab.solvers.data.GenerationOptions;
import org.operatorlab.solvers.data.SolverChoice;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomains;
import org.operatorlab.solvers.problem.ProblemReader;

/**
 * The façade as the CLI and GUI use it, for each engine on tiny settings: train, save, load from the
 * file, and the loaded model predicts exactly what the trained one did; errors beat the trivial
 * predictor; cancellation and incompatible problems are refused.
 */
class EngineRoundTripTest {
    /** FNO-paper Darcy (two-valued random permeability, f = 1, u = 0 on the edges) on a 13 x 13 grid. */
    static final String DARCY = """
            {"format": "operatorlab-problem/1", "name": "tiny darcy",
             "geometry": {"shape": "rectangle", "xmin": 0, "ymin": 0, "xmax": 1, "ymax": 1},
             "mesh": {"type": "grid", "nx": %d, "ny": %d},
             "pde": {"family": "darcy", "coefficients": {
               "a": {"random": {"type": "grf_threshold", "alpha": 2, "tau": 3, "sigma": 3, "threshold": 0, "above": 12, "below": 3}},
               "f": 1}},
             "boundary": {"left": {"type": "dirichlet", "value": 0}, "right": {"type": "dirichlet", "value": 0},
                          "bottom": {"type": "dirichlet", "value": 0}, "top": {"type": "dirichlet", "value": 0}},
             "outputs": {"fields": ["u"], "every": 1, "vtk": "binary"}}
            """;

    static final String SINE = SineBenchmark.dirichletJson();

    @TempDir
    static Path dir;
    static Problem darcy;
    static DataSetFile data;

    @BeforeAll
    static void generateTinyDarcy() throws IOException {
        darcy = ProblemReader.read(DARCY.formatted(13, 13), "tiny-darcy.json");
        Path file = dir.resolve("darcy.npz");
        DatasetGenerator.generate(darcy, GenerationOptions.of(30, 1, SolverChoice.DIRECT), file, ProgressListener.NONE,
                CancellationToken.none());
        data = DataSetFile.read(file);
    }

    /** Trains, saves, loads; the loaded model's errors on the data set equal the trained one's. */
    private static ModelPredictor roundTrip(EngineSettings settings, TrainingSource source, List<double[]> events)
            throws IOException {
        TrainedModel trained = EngineTraining.train(settings, source,
                (epoch, epochs, loss, validation, left) -> events.add(new double[] {epoch, epochs, loss, validation, left}),
                CancellationToken.none());
        assertEquals(settings.kind(), trained.kind());
        Path file = dir.resolve(settings.kind().key() + "-" + settings.trunk() + ".olm");
        trained.save(file);
        ModelPredictor loaded = ModelPredictor.load(file);
        assertEquals(settings.kind(), loaded.kind());
        if (loaded.model().takesInput()) {
            assertArrayEquals(trained.predictor().evaluate(data, CancellationToken.none()),
                    loaded.evaluate(data, CancellationToken.none()), 0, "errors of the trained and the loaded model");
        }
        return loaded;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    @Test
    void fnoAndTfnoRoundTripAndBeatTheZeroPredictor() throws IOException {
        for (EngineKind kind : new EngineKind[] {EngineKind.FNO, EngineKind.TFNO}) {
            List<double[]> events = new ArrayList<>();
            EngineSettings s = EngineSettings.defaults(kind).withEpochs(15).withBatch(5).withLearningRate(5e-3)
                    .withWidth(8).withModes(4).withLayers(2).withRank(0.3);
            ModelPredictor p = roundTrip(s, new TrainingSource.Data(data), events);
            assertEquals(15, events.size());
            assertEquals(15, events.get(14)[0]);
            assertTrue(events.get(14)[3] > 0, "validation error reported");
            double error = mean(p.evaluate(data, CancellationToken.none()));
            // u = 0 has relative error 1
            assertTrue(error < 0.6, kind + " mean relative L2 " + error);
            assertTrue(p.model().describe().startsWith(kind.key() + ":"), p.model().describe());
        }
    }

    @Test
    void deepOnetWithTrunkNetAndPodRoundTripAndLearn() throws IOException {
        for (EngineSettings.Trunk trunk : EngineSettings.Trunk.values()) {
            List<double[]> events = new ArrayList<>();
            EngineSettings s = EngineSettings.defaults(EngineKind.DEEPONET).withEpochs(60).withBatch(9).withWidth(24)
                    .withLayers(2).withModes(8).withTrunk(trunk).withLearningRate(3e-3).withSensors(64);
            ModelPredictor p = roundTrip(s, new TrainingSource.Data(data), events);
            assertEquals(60, events.size());
            double error = mean(p.evaluate(data, CancellationToken.none()));
            assertTrue(error < 0.6, trunk + " mean relative L2 " + error);
            assertTrue(p.model().describe().contains("64 sensors"), p.model().describe());
        }
    }

    @Test
    void deepOnetRefusesAnotherResolutionInOneLine() throws IOException {
        EngineSettings s = EngineSettings.defaults(EngineKind.DEEPONET).withEpochs(1).withWidth(4).withLayers(1);
        ModelPredictor p = EngineTraining.train(s, new TrainingSource.Data(data), (a, b, c, d, e) -> { },
                CancellationToken.none()).predictor();
        Problem finer = ProblemReader.read(DARCY.formatted(17, 17), "finer.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.predict(finer, ProblemDomains.mesh(finer), 0));
        assertTrue(e.getMessage().contains("169 nodes") && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void pinnRoundTripsAndMatchesTheClassicalSolve() throws IOException {
        Problem sine = ProblemReader.read(SINE, "sine.json");
        List<double[]> events = new ArrayList<>();
        EngineSettings s = EngineSettings.defaults(EngineKind.PINN).withEpochs(150).withLbfgsIterations(150)
                .withCollocationPoints(300).withWidth(16);
        ModelPredictor p = roundTrip(s, new TrainingSource.ProblemFile(sine, SINE), events);
        assertEquals(150, events.get(149)[0], "one event per Adam step");
        assertTrue(events.get(events.size() - 1)[2] < events.get(0)[2], "loss fell");
        Comparison c = p.compare(sine, ProblemDomains.mesh(sine), 0, ProgressListener.NONE, CancellationToken.none());
        // against P1 FEM at h = 0.1, whose own error is ~1e-2
        assertTrue(c.relativeL2() < 0.05, "relative L2 " + c.relativeL2());
        assertTrue(c.inferenceSeconds() > 0 && c.classicalSeconds() > 0);
        assertEquals(3, c.fields().size(), "prediction, reference and error; a PINN has no input");
    }

    /**
     * Every engine, stopped as the divergence guard stops it (at epoch or Adam step 4), hands back the
     * model set to its last good epoch (2: epoch 4 started from epoch 3's parameters), with that epoch's
     * summary; saved, it loads and predicts like any model.
     */
    @Test
    void everyEngineKeepsItsLastGoodModelWhenTrainingDiverges() throws IOException {
        Problem sine = ProblemReader.read(SINE, "sine.json");
        List<EngineSettings> engines = List.of(
                EngineSettings.defaults(EngineKind.FNO).withWidth(4).withModes(3).withLayers(1),
                EngineSettings.defaults(EngineKind.TFNO).withWidth(4).withModes(3).withLayers(1).withRank(0.3),
                EngineSettings.defaults(EngineKind.DEEPONET).withWidth(8).withLayers(1).withSensors(16),
                EngineSettings.defaults(EngineKind.PINN).withWidth(8).withLbfgsIterations(7).withCollocationPoints(50));
        for (EngineSettings engine : engines) {
            EngineSettings s = engine.withEpochs(10);
            TrainingSource source = s.kind() == EngineKind.PINN ? new TrainingSource.ProblemFile(sine, SINE)
                    : new TrainingSource.Data(data);
            List<Double> losses = new ArrayList<>();
            EngineDivergedException e = assertThrows(EngineDivergedException.class, () -> EngineTraining.train(s, source,
                    (epoch, epochs, loss, validation, left) -> {
                        losses.add(loss);
                        if (epoch == 4) {
                            throw new TrainingDivergedException(epoch, "training diverged at epoch 4: stopped by the test");
                        }
                    }, CancellationToken.none()), s.kind().key());
            assertEquals("training diverged at epoch 4: stopped by the test; last good epoch 2", e.getMessage());
            TrainedModel kept = e.lastGoodModel().orElseThrow();
            assertEquals(s.kind(), kept.kind());
            assertEquals(2, kept.summary().bestEpoch());
            assertEquals(losses.get(1), kept.summary().finalTrainLoss(), 0.0, s.kind().key() + ": epoch 2's loss");
            assertEquals(s.kind() == EngineKind.PINN ? 10 + 7 : 10, kept.summary().epochsPlanned());
            Path file = dir.resolve("last-good-" + s.kind().key() + ".olm");
            kept.save(file);
            ModelPredictor loaded = ModelPredictor.load(file);
            assertEquals(2, loaded.file().summary().bestEpoch());
            if (loaded.model().takesInput()) {
                assertArrayEquals(kept.predictor().evaluate(data, CancellationToken.none()),
                        loaded.evaluate(data, CancellationToken.none()), 0, s.kind().key());
            } else {
                double[] u = loaded.predict(sine, ProblemDomains.mesh(sine), 0).values();
                assertTrue(java.util.Arrays.stream(u).allMatch(Double::isFinite), "pinn prediction");
            }
        }
    }

    @Test
    void cancellationStopsTrainingAndNothingIsWritten() {
        CancellationToken cancel = new CancellationToken();
        Path file = dir.resolve("cancelled.olm");
        EngineSettings s = EngineSettings.defaults(EngineKind.FNO).withEpochs(50).withWidth(4).withModes(3).withLayers(1);
        assertThrows(CancelledException.class, () -> {
            TrainedModel m = EngineTraining.train(s, new TrainingSource.Data(data), (epoch, epochs, l, v, left) -> {
                if (epoch == 2) {
                    cancel.cancel();
                }
            }, cancel);
            m.save(file);
        });
        assertFalse(Files.exists(file));
    }

    @Test
    void incompatibleProblemsAndSourcesAreOneLineErrors() throws IOException {
        EngineSettings s = EngineSettings.defaults(EngineKind.FNO).withEpochs(1).withWidth(4).withModes(3).withLayers(1);
        ModelPredictor fno = EngineTraining.train(s, new TrainingSource.Data(data), (a, b, c, d, e) -> { },
                CancellationToken.none()).predictor();
        Problem sine = ProblemReader.read(SINE, "sine.json");
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> fno.predict(sine, ProblemDomains.mesh(sine), 0));
        assertTrue(wrong.getMessage().contains("darcy") && wrong.getMessage().contains("poisson"), wrong.getMessage());
        IllegalArgumentException pinnOnData = assertThrows(IllegalArgumentException.class, () -> EngineTraining.train(
                EngineSettings.defaults(EngineKind.PINN), new TrainingSource.Data(data), (a, b, c, d, e) -> { },
                CancellationToken.none()));
        assertTrue(pinnOnData.getMessage().contains("--problem"), pinnOnData.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EngineKind.parse("gnn"));
    }
}
