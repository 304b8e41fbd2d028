package org.operatorlab.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.operators.engine.Comparison;
import org.operatorlab.operators.engine.EngineKind;
import org.operatorlab.operators.engine.ModelPredictor;
import org.operatorlab.operators.engine.RelativeL2;
import org.operatorlab.solvers.data.DatasetGenerator;
import org.operatorlab.solvers.data.GenerationOptions;
import org.operatorlab.solvers.data.SolverChoice;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.solve.ProblemSolver;
import org.operatorlab.solvers.solve.SolveOptions;
import org.operatorlab.ui.task.StatusBarJobs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Train and Compare, headless: a tiny FNO trained on a small Darcy data set plots one point per epoch,
 * saves, and is compared against the classical solver; a cancelled run keeps and writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class TrainAndCompareTest {
    private static Path dir;
    private static Path dataSet;
    private static Problem problem;
    private TrainPanel train;
    private ComparePanel compare;
    private ProblemContext context;

    /** A 17 x 17 Darcy problem (the classroom one, coarser) and 24 samples of it. */
    @BeforeAll
    static void makeData() throws Exception {
        dir = Files.createTempDirectory("train-panel");
        String root = System.getProperty("operatorlab.root");
        String json = Files.readString(Path.of(root, "resources", "problems", "darcy_classroom.json"))
                .replace("\"nx\": 33, \"ny\": 33", "\"nx\": 17, \"ny\": 17");
        Path problemFile = dir.resolve("darcy17.json");
        Files.writeString(problemFile, json);
        problem = ProblemReader.read(problemFile);
        dataSet = dir.resolve("darcy17.npz");
        DatasetGenerator.generate(problem, new GenerationOptions(24, 3, SolverChoice.SKR, 1, 1e-8), dataSet,
                ProgressListener.NONE, CancellationToken.none());
    }

    @AfterAll
    static void clean() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Start
    void start(Stage stage) {
        StatusBarJobs jobs = new StatusBarJobs(new Label(), new ProgressBar());
        context = new ProblemContext();
        train = new TrainPanel(jobs, context);
        compare = new ComparePanel(jobs, context, new ShownResults(), train.trainedModelProperty());
        TabPane tabs = new TabPane(new javafx.scene.control.Tab("Train", train), new javafx.scene.control.Tab("Compare", compare));
        stage.setScene(new Scene(tabs, 1100, 700));
        stage.show();
    }

    private void tinyFno(FxRobot robot, int epochs) {
        robot.interact(() -> {
            train.setEngine(EngineKind.FNO);
            train.setDataSet(dataSet);
            EngineSettingsForm f = train.form();
            f.set("epochs", String.valueOf(epochs));
            f.set("batch", "6");
            f.set("width", "6");
            f.set("modes", "4");
            f.set("layers", "2");
            f.set("validation", "0.25");
        });
    }

    @Test
    void trainsATinyModelWithOnePointPerEpochThenSavesAndComparesIt(FxRobot robot) throws Exception {
        tinyFno(robot, 4);
        robot.interact(train::train);
        await(120, () -> train.trainedModelProperty().get() != null || train.messageText().startsWith("Training failed"));
        assertNotNull(fx(() -> train.trainedModelProperty().get()), fx(train::messageText));
        assertEquals(4, (int) fx(() -> train.chart().lossPoints()), "one training-loss point per epoch");
        assertEquals(4, (int) fx(() -> train.chart().validationPoints()), "one validation point per epoch");
        assertTrue(fx(train::epochText).startsWith("Epoch 4/4"), fx(train::epochText));

        Path saved = dir.resolve("tiny.olm");
        robot.interact(() -> {
            try {
                train.saveModel(saved);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(EngineKind.FNO, ModelPredictor.load(saved).kind(), "the saved file reads back");

        robot.interact(() -> {
            context.setProblem(problem, null);
            compare.setSeed(11);
            ((javafx.scene.control.Button) robot.lookup("#compare-use-trained").query()).fire();
            compare.compare();
        });
        await(60, () -> compare.shownComparison() != null || compare.figuresText().startsWith("Compare failed"));
        Comparison c = fx(compare::shownComparison);
        assertNotNull(c, fx(compare::figuresText));
        // the reference is the classical solve of the same seeded input, independently recomputed
        double[] u = new ProblemSolver(SolveOptions.defaults().withSeed(11).withTolerance(1e-10))
                .solve(problem, ProgressListener.NONE, CancellationToken.none()).fields().get("u").values();
        assertTrue(RelativeL2.of(c.reference(), u) < 1e-6, "reference is the classical solution");
        assertEquals(RelativeL2.of(c.prediction().values(), c.reference()), c.relativeL2(), 1e-12);
        assertTrue(c.relativeL2() < 1, "a trained model beats predicting zero: " + c.relativeL2());
        assertTrue(fx(compare::figuresText).contains("relative L2 error"), fx(compare::figuresText));
    }

    /**
     * Full-batch Adam at a learning rate of 0.8 blows up in epoch 4 (loss over the engines' limit of
     * 1000): the panel shows the divergence with the last good epoch, Compare is not offered that model,
     * and Save writes it like a finished one.
     */
    @Test
    void divergenceShowsTheMessageAndSaveKeepsTheLastGoodModel(FxRobot robot) throws Exception {
        tinyFno(robot, 20);
        robot.interact(() -> {
            train.form().set("batch", "24");
            train.form().set("learning-rate", "0.8");
        });
        robot.interact(train::train);
        await(60, () -> train.messageText().startsWith("Training failed"));
        String message = fx(train::messageText);
        assertTrue(message.startsWith("Training failed: training diverged at epoch 4: loss"), message);
        assertTrue(message.contains("; last good epoch 2"), message);
        assertNull(fx(() -> train.trainedModelProperty().get()), "a diverged run is not a finished one");
        Path saved = dir.resolve("last-good.olm");
        robot.interact(() -> {
            try {
                train.saveModel(saved);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ModelPredictor kept = ModelPredictor.load(saved);
        assertEquals(2, kept.file().summary().bestEpoch(), "the saved model is epoch 2's");
    }

    @Test
    void cancelStopsTrainingAndKeepsNothing(FxRobot robot) throws Exception {
        tinyFno(robot, 10_000);
        robot.interact(train::train);
        await(60, () -> train.chart().lossPoints() >= 1);
        robot.interact(train::cancel);
        assertFalse(fx(train::isTraining));
        Thread.sleep(1500);   // epochs queued before the cancel are still drawn; then nothing more comes
        WaitForAsyncUtils.waitForFxEvents();
        int points = fx(() -> train.chart().lossPoints());
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(points, (int) fx(() -> train.chart().lossPoints()), "the run stopped");
        assertNull(fx(() -> train.trainedModelProperty().get()), "a cancelled run keeps no model");
        assertTrue(fx(train::messageText).startsWith("Cancelled"), fx(train::messageText));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.toString().endsWith(".olm")).filter(p -> !p.endsWith("tiny.olm"))
                    .filter(p -> !p.endsWith("last-good.olm")).count(),
                    "nothing written");
        }
    }

    @Test
    void trainsAPinnOnTheCurrentProblemAndComparesItWithFiniteElements(FxRobot robot) throws Exception {
        Problem lshape = ProblemReader.read(Path.of(System.getProperty("operatorlab.root"), "resources", "problems",
                "poisson_lshape.json"));
        robot.interact(() -> {
            context.setProblem(lshape, null);
            train.setEngine(EngineKind.PINN);
            EngineSettingsForm f = train.form();
            f.set("epochs", "40");
            f.set("lbfgs", "0");
            f.set("width", "8");
            f.set("layers", "2");
            f.set("points", "100");
            train.train();
        });
        await(60, () -> train.trainedModelProperty().get() != null || train.messageText().startsWith("Training failed"));
        assertNotNull(fx(() -> train.trainedModelProperty().get()), fx(train::messageText));
        assertEquals(40, (int) fx(() -> train.chart().lossPoints()), "one loss point per Adam step");
        assertEquals(0, (int) fx(() -> train.chart().validationPoints()), "a PINN has no validation set");

        robot.interact(() -> {
            ((javafx.scene.control.Button) robot.lookup("#compare-use-trained").query()).fire();
            compare.compare();
        });
        await(60, () -> compare.shownComparison() != null || compare.figuresText().startsWith("Compare failed"));
        Comparison c = fx(compare::shownComparison);
        assertNotNull(c, fx(compare::figuresText));
        assertEquals(null, c.prediction().input(), "the PINN takes no input");
        assertEquals(RelativeL2.of(c.prediction().values(), c.reference()), c.relativeL2(), 1e-12);
    }

    @Test
    void trainsADeepOnetOnTheDataSetWithOneValidationPointPerEpoch(FxRobot robot) throws Exception {
        robot.interact(() -> {
            train.setEngine(EngineKind.DEEPONET);
            train.setDataSet(dataSet);
            EngineSettingsForm f = train.form();
            f.set("epochs", "5");
            f.set("width", "8");
            f.set("layers", "2");
            f.set("validation", "0.25");
            train.train();
        });
        await(60, () -> train.trainedModelProperty().get() != null || train.messageText().startsWith("Training failed"));
        assertNotNull(fx(() -> train.trainedModelProperty().get()), fx(train::messageText));
        assertEquals(EngineKind.DEEPONET, fx(() -> train.trainedModelProperty().get().kind()));
        assertEquals(5, (int) fx(() -> train.chart().validationPoints()));
    }

    @Test
    void aBadHyperParameterIsFlaggedAndNothingStarts(FxRobot robot) throws Exception {
        tinyFno(robot, 3);
        robot.interact(() -> {
            train.form().set("learning-rate", "-1");
            train.train();
        });
        assertFalse(fx(train::isTraining));
        assertTrue(fx(train::messageText).startsWith("Learning rate: must be a positive number"), fx(train::messageText));
    }

    private static void await(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
