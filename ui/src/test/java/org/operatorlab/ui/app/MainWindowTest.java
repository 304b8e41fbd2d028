package org.operatorlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.data.NpzReader;
import org.operatorlab.solvers.data.SolverChoice;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemReader;
import org.operatorlab.solvers.solve.ProblemSolver;
import org.operatorlab.solvers.solve.SolveOptions;
import org.operatorlab.solvers.solve.SolveOutcome;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window driven headless (Monocle) as a user would: pick an example, Solve, generate data,
 * export; what is shown and written is checked against the library run directly and an independent reader.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage);
    }

    @Test
    void solvesTheHeatExampleShowsItsFiguresAndFieldAndExportsVtkThatParaViewsReaderOpens(FxRobot robot,
            @TempDir Path dir) throws Exception {
        WindowFixture.pick(robot, window, "heat_plate_hole.json");
        assertEquals(ProblemReader.read(WindowFixture.example("heat_plate_hole.json")).name(),
                window.context().problem().orElseThrow().name(), "the picked example is the current problem");
        robot.clickOn("#tab-solve");
        robot.clickOn("#solve-button");
        WindowFixture.await(60, () -> window.solvePanel().outcome() != null);

        SolveOutcome direct = new ProblemSolver(SolveOptions.defaults()).solve(
                ProblemReader.read(WindowFixture.example("heat_plate_hole.json")), ProgressListener.NONE, CancellationToken.none());
        SolveOutcome shown = window.solvePanel().outcome();
        assertArrayEquals(direct.fields().get("u").values(), shown.fields().get("u").values(), 1e-12,
                "the window shows what the library computes");
        assertEquals(direct.series().size(), shown.series().size());
        var panel = window.solvePanel();
        String[] figures = new String[5];
        robot.interact(() -> {
            figures[0] = panel.statistic("method");
            figures[1] = panel.statistic("iterations");
            figures[2] = panel.statistic("residual");
            figures[3] = panel.statistic("wall");
            figures[4] = panel.statistic("steps");
        });
        assertTrue(figures[0].startsWith(shown.stats().method()), figures[0]);
        assertEquals(String.format(Locale.ROOT, "%,d", shown.stats().iterations()), figures[1]);
        assertTrue(shown.stats().iterations() > 0);
        double residual = Double.parseDouble(figures[2].split(" ")[0]);
        assertTrue(residual > 0 && residual <= 1e-9, "final residual " + figures[2]);
        assertTrue(figures[3].endsWith(" s") && Double.parseDouble(figures[3].replace(" s", "")) > 0, figures[3]);
        assertEquals(String.format(Locale.ROOT, "%,d", shown.stats().timeSteps()), figures[4]);

        // The field is drawn: the middle of the view is coloured, not blank.
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = panel.view().snapshot(null, null));
        int coloured = 0;
        for (int y = 0; y < shot[0].getHeight(); y += 8) {
            for (int x = 0; x < shot[0].getWidth(); x += 8) {
                Color c = shot[0].getPixelReader().getColor(x, y);
                if (c.getSaturation() > 0.3) {
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 50, "the view shows a coloured field (" + coloured + " coloured samples)");

        // Export writes the solution, and VTK's own reader and meshio read back the same counts and values.
        robot.clickOn("#tab-export");
        robot.interact(() -> window.exportPanel().configure(dir, "heat"));
        robot.clickOn("#export-button");
        WindowFixture.await(30, () -> window.exportPanel().written().stream().anyMatch(p -> p.toString().endsWith(".csv")));
        TriangleMesh mesh = ((ProblemDomain.Triangulated) shown.domain()).mesh();
        double[] u = shown.fields().get("u").values();
        double sum = 0, squares = 0;
        for (double v : u) {
            sum += v;
            squares += v * v;
        }
        assertTrue(squares > 0, "the solution is not zero");
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, String.format(Locale.ROOT,
                "{\"files\": [{\"path\": \"heat.vtu\", \"points\": %d, \"cells\": %d, \"point_data\": {\"u\": "
                        + "{\"components\": 1, \"sum\": %.17g, \"sum_squares\": %.17g}}}]}",
                mesh.nodeCount(), mesh.elementCount(), sum, squares));
        assertEquals("ok", VtkCheck.run(manifest), "check_vtk.py reads the exported .vtu");
        var csv = Files.readAllLines(dir.resolve("heat.csv"));
        assertEquals(mesh.nodeCount() + 1, csv.size(), "one CSV row per node");
        assertTrue(csv.get(0).startsWith("x,y,u"), csv.get(0));
        assertTrue(Files.size(dir.resolve("heat.png")) > 1000, "the picture of the view was written");
    }

    @Test
    void aProblemWithAnErrorInTheEditorCannotBeSolved(FxRobot robot) throws Exception {
        WindowFixture.pick(robot, window, "poisson_lshape.json");
        assertFalse(robot.lookup("#solve-button").queryButton().isDisabled(), "a valid problem can be solved");
        robot.interact(() -> robot.lookup("#meshSize").queryAs(javafx.scene.control.TextField.class).setText("-1"));
        WindowFixture.await(30, () -> window.editor().errorProperty().get() != null);
        assertEquals("$.mesh.size", window.editor().errorProperty().get().jsonPath());
        assertTrue(window.context().problem().isEmpty(), "no current problem while the editor shows an error");
        assertTrue(robot.lookup("#solve-button").queryButton().isDisabled(), "Solve waits for a valid problem");
        assertTrue(robot.lookup("#data-generate").queryButton().isDisabled(), "Generate waits for a valid problem");
        robot.interact(() -> robot.lookup("#meshSize").queryAs(javafx.scene.control.TextField.class).setText("0.1"));
        WindowFixture.await(30, () -> window.context().problem().isPresent());
        assertFalse(robot.lookup("#solve-button").queryButton().isDisabled(), "fixed: Solve is back");
    }

    @Test
    void generatesATinyDataSetWithOnePointPerSampleInTheChart(FxRobot robot, @TempDir Path dir) throws Exception {
        WindowFixture.pick(robot, window, "darcy_classroom.json");
        robot.clickOn("#tab-data");
        Path gmres = dir.resolve("gmres.npz");
        robot.interact(() -> window.dataPanel().configure(5, SolverChoice.GMRES, 2, gmres));
        robot.clickOn("#data-generate");
        WindowFixture.await(60, () -> window.dataPanel().report() != null);
        assertEquals(5, window.dataPanel().pointsInLastRun(), "one point per sample");
        assertEquals(2, window.dataPanel().chart().getData().size(), "one curve per thread");
        int[] charted = new int[5];
        robot.interact(() -> window.dataPanel().lastRunIterations().forEach((x, y) -> charted[x - 1] = y));
        try (NpzReader npz = NpzReader.open(gmres)) {
            int[] iterations = npz.array("iterations").toIntArray();
            int[] position = npz.array("solve_position").toIntArray();
            for (int i = 0; i < 5; i++) {
                assertEquals(iterations[i], charted[position[i]], "sample " + i + " is charted with its iterations");
                assertTrue(iterations[i] > 0);
            }
        }
        assertEquals(gmres, window.context().dataSetProperty().get(), "the Train panel's default data set");

        // A second run with SKR adds its own series beside the first.
        Path skr = dir.resolve("skr.npz");
        robot.interact(() -> window.dataPanel().configure(5, SolverChoice.SKR, 1, skr));
        robot.clickOn("#data-generate");
        WindowFixture.await(60, () -> window.dataPanel().report() != null && Files.exists(skr));
        assertEquals(3, window.dataPanel().chart().getData().size(), "the skr run on one thread adds one curve");
        assertEquals(5, window.dataPanel().pointsInLastRun());
    }

    @Test
    void aDemoRunsInTheWindowAndItsTimeSeriesExportsForParaView(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.demos().select("heat-plate-hole"));
        robot.clickOn("#runDemo");
        WindowFixture.await(60, () -> window.demos().stateText().startsWith("Finished")
                || window.demos().stateText().startsWith("Failed"));
        assertTrue(window.demos().stateText().startsWith("Finished"), window.demos().stateText());
        assertEquals("Demo", window.tabs().getSelectionModel().getSelectedItem().getText(), "the result is in front");
        var series = (org.operatorlab.ui.demo.DemoResult.Series) window.demoView().shownResult();
        // the demo's problem is now in the editor, so Solve, Data, Train and Compare work on it
        String heat = ProblemReader.read(WindowFixture.example("heat_plate_hole.json")).name();
        WindowFixture.await(30, () -> window.context().problem().map(p -> p.name().equals(heat)).orElse(false));

        robot.clickOn("#tab-export");
        robot.interact(() -> {
            window.exportPanel().select(window.shown().all().stream().filter(r -> r.panel().equals("Demo")).findFirst().orElseThrow());
            window.exportPanel().configure(dir, "heat");
        });
        robot.clickOn("#export-button");
        WindowFixture.await(30, () -> window.exportPanel().written().stream().anyMatch(p -> p.toString().endsWith(".pvd")));

        StringBuilder steps = new StringBuilder();
        for (int k = 0; k < series.frames().size(); k++) {
            double sum = 0;
            for (double v : series.frames().get(k)) {
                sum += v;
            }
            steps.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "{\"time\": %.17g, \"points\": %d, \"cells\": %d, \"point_data\": {\"%s\": {\"components\": 1, \"sum\": %.17g}}}",
                    series.times()[k], series.mesh().nodeCount(), series.mesh().elementCount(), series.name(), sum));
        }
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, "{\"files\": [{\"path\": \"heat_series.pvd\", \"steps\": [" + steps + "]}]}");
        assertEquals(21, series.frames().size());
        assertEquals("ok", VtkCheck.run(manifest), "check_vtk.py reads the exported time series");
        assertTrue(Files.size(dir.resolve("heat.png")) > 1000, "the picture of the view was written");
    }

    @Test
    void theStatusBarCancelStopsAGenerationAndLeavesNoFile(FxRobot robot, @TempDir Path dir) throws Exception {
        WindowFixture.pick(robot, window, "darcy_classroom.json");
        Path out = dir.resolve("cancelled.npz");
        robot.interact(() -> window.dataPanel().configure(20000, SolverChoice.GMRES, 1, out));
        robot.interact(() -> window.dataPanel().generate());
        WindowFixture.await(60, () -> window.dataPanel().pointsInLastRun() >= 2);
        robot.clickOn("#status-cancel");
        WindowFixture.await(20, () -> robot.lookup("#data-result").queryLabeled().getText().startsWith("Cancelled"));
        // the worker finishes its current sample, then the generator deletes its temporary files
        WindowFixture.await(20, () -> {
            try (Stream<Path> left = Files.list(dir)) {
                return left.findAny().isEmpty();
            }
        });
        assertFalse(Files.exists(out), "no data set was written");
        assertFalse(robot.lookup("#data-generate").queryButton().isDisabled(), "Generate is available again");
    }

    @Test
    void closingTheWindowMidGenerationStopsTheJobAndWritesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        WindowFixture.pick(robot, window, "darcy_classroom.json");
        Path out = dir.resolve("big.npz");
        robot.interact(() -> window.dataPanel().configure(20000, SolverChoice.GMRES, 2, out));
        robot.interact(() -> window.dataPanel().generate());
        WindowFixture.await(60, () -> window.dataPanel().pointsInLastRun() >= 2);
        robot.interact(() -> window.root().getScene().getWindow().hide());
        assertTrue(window.awaitStopped(20_000), "the worker thread stopped");
        assertFalse(Files.exists(out), "no data set was written");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary files are left behind");
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals("dataset-worker")), "the generator's threads stopped");
        assertNotEquals(20000, window.dataPanel().pointsInLastRun());
    }
}
