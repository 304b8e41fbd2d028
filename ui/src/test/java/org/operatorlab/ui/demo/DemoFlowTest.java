package org.operatorlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operatorlab.ui.task.StatusBarJobs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Whole demo flows, headless: pick a demo in the gallery, press Run, check what the result view shows. */
@ExtendWith(ApplicationExtension.class)
class DemoFlowTest {
    private DemoGallery gallery;
    private DemoResultView view;
    private StatusBarJobs jobs;

    @Start
    void start(Stage stage) {
        jobs = new StatusBarJobs(new Label(), new ProgressBar());
        view = new DemoResultView();
        gallery = new DemoGallery(jobs, new DemoLibrary(DemoFilesTest.resources()), view::show);
        BorderPane root = new BorderPane(view);
        root.setLeft(gallery);
        stage.setScene(new Scene(root, 1200, 700));
        stage.show();
    }

    private void runDemo(FxRobot robot, String file, long seconds) throws Exception {
        robot.interact(() -> gallery.select(file));
        robot.interact(() -> ((Button) robot.lookup("#runDemo").query()).fire());
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> view.shownResult() != null || gallery.stateText().startsWith("Failed")).get());
        assertTrue(gallery.stateText().startsWith("Finished"), gallery.stateText());
    }

    @Test
    void heatDemoShowsTheWholeTimeSeriesWithinTheMaximumPrinciple(FxRobot robot) throws Exception {
        runDemo(robot, "heat-plate-hole", 30);
        DemoResult.Series s = assertInstanceOf(DemoResult.Series.class, view.shownResult());
        // 0.2 s in steps of 0.002, a snapshot every 5 steps, first state included
        assertEquals(21, s.frames().size());
        assertEquals(0.2, s.times()[20], 1e-12);
        double[] last = s.frames().get(20);
        double max = java.util.Arrays.stream(last).max().orElseThrow();
        double min = java.util.Arrays.stream(last).min().orElseThrow();
        assertEquals(1.0, max, 1e-9, "the hole's rim is held at 1");
        assertTrue(min >= -1e-9, "no undershoot below the cold edges: " + min);
        assertEquals(20, (int) WaitForAsyncUtils.asyncFx(() -> view.fieldView().frameIndex()).get(),
                "the view opens on the last frame");
        assertTrue(view.summaryText().contains("21 snapshots"), view.summaryText());
    }

    @Test
    void stopEndsARunningDemoAndShowsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> gallery.select("pinn"));
        robot.interact(() -> ((Button) robot.lookup("#runDemo").query()).fire());
        Thread.sleep(1500);
        robot.interact(gallery::stop);
        assertEquals("Stopped", WaitForAsyncUtils.asyncFx(gallery::stateText).get());
        Thread.sleep(2000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, WaitForAsyncUtils.asyncFx(view::shownResult).get(), "a stopped demo shows nothing");
        assertEquals("Stopped", WaitForAsyncUtils.asyncFx(gallery::stateText).get());
        assertTrue(!WaitForAsyncUtils.asyncFx(() -> robot.lookup("#runDemo").queryButton().isDisabled()).get(),
                "Run is available again");
    }

    @Test
    void burgersDemoPredictsAnUnseenInputWithTheShippedModel(FxRobot robot) throws Exception {
        runDemo(robot, "burgers-fno", 60);
        DemoResult.CurveComparison c = assertInstanceOf(DemoResult.CurveComparison.class, view.shownResult());
        assertEquals(128, c.x().length);
        // shipped model: mean relative L2 2.3% (max 13%) on 100 test samples of seed 2; this input measured 2.43%
        assertTrue(c.relativeL2() < 0.06, "relative L2 " + c.relativeL2());
        assertTrue(view.summaryText().contains("relative L2 error"), view.summaryText());
    }
}
