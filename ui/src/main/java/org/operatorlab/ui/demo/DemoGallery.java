package org.operatorlab.ui.demo;

import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.operatorlab.ui.task.JobRunner;

/**
 * The classroom demo gallery: the demos of {@code resources/demos}, the explanation of the one picked
 * (to read aloud), Run and Stop. A run goes through the {@link JobRunner} (progress bar, cancel) and
 * its result is handed to {@code show} on the JavaFX thread.
 */
public final class DemoGallery extends VBox {
    private final JobRunner jobs;
    private final BiConsumer<Demo, DemoResult> show;
    private final ListView<DemoLibrary.Entry> list = new ListView<>();
    private final TextArea explanation = new TextArea();
    private final Button run = new Button("Run demo");
    private final Button stop = new Button("Stop");
    private final Label state = new Label();
    private JobRunner.Job running;

    /**
     * @param show receives each finished demo and its result (JavaFX thread), e.g. {@link DemoResultView#show}
     */
    public DemoGallery(JobRunner jobs, DemoLibrary library, BiConsumer<Demo, DemoResult> show) {
        super(6);
        this.jobs = jobs;
        this.show = show;
        list.getItems().setAll(library.entries());
        list.setPrefHeight(180);
        list.setId("demoList");
        explanation.setEditable(false);
        explanation.setWrapText(true);
        explanation.setPrefRowCount(9);
        explanation.setId("demoExplanation");
        state.setWrapText(true);
        state.setId("demoState");
        run.setId("runDemo");
        run.setDisable(true);
        stop.setDisable(true);
        run.setOnAction(e -> run(list.getSelectionModel().getSelectedItem().demo()));
        stop.setOnAction(e -> stop());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, entry) -> describe(entry));
        getChildren().addAll(new Label("Classroom demos"), list, explanation, new HBox(8, run, stop), state);
        VBox.setVgrow(explanation, Priority.ALWAYS);
        setPadding(new Insets(10));
    }

    private void describe(DemoLibrary.Entry entry) {
        if (entry == null) {
            explanation.clear();
            run.setDisable(true);
            return;
        }
        if (entry.demo() == null) {
            explanation.setText("This demo file has an error:\n\n" + entry.error());
            run.setDisable(true);
            return;
        }
        Demo d = entry.demo();
        explanation.setText(d.explanation() + (d.trainCommand() == null ? ""
                : "\n\nThe shipped model was made with:\n" + d.trainCommand()));
        run.setDisable(running != null);
    }

    /** Runs {@code demo} in the background; its result goes to the gallery's {@code show}. */
    public void run(Demo demo) {
        run.setDisable(true);
        stop.setDisable(false);
        state.setText("Running " + demo.title() + "…");
        long start = System.nanoTime();
        JobRunner.Job[] self = new JobRunner.Job[1];
        self[0] = jobs.run("Demo: " + demo.title() + "…", (progress, cancel) -> new DemoRunner().run(demo, progress, cancel),
                result -> {
                    if (running != self[0]) {
                        return;   // stopped here, or replaced by a newer run
                    }
                    finished(String.format(java.util.Locale.ROOT, "Finished in %.1f s", (System.nanoTime() - start) * 1e-9));
                    show.accept(demo, result);
                },
                error -> {
                    if (running == self[0]) {
                        finished(error instanceof org.operatorlab.mesh.task.CancelledException ? "Stopped"
                                : "Failed: " + error.getMessage());
                    }
                });
        running = self[0];
    }

    /** Stops the running demo; it shows nothing. */
    public void stop() {
        if (running != null) {
            running.cancel();
            finished("Stopped");
        }
    }

    private void finished(String text) {
        running = null;
        state.setText(text);
        stop.setDisable(true);
        run.setDisable(list.getSelectionModel().getSelectedItem() == null
                || list.getSelectionModel().getSelectedItem().demo() == null);
    }

    /** Selects the demo whose file name contains {@code part} (for tests and a command-line choice). */
    public void select(String part) {
        for (DemoLibrary.Entry e : list.getItems()) {
            if (e.file().getFileName().toString().contains(part)) {
                list.getSelectionModel().select(e);
                return;
            }
        }
        throw new IllegalArgumentException("no demo file matches '" + part + "'");
    }

    /** The demo picked in the list; null when none (or the picked file has errors). */
    public Demo selected() {
        DemoLibrary.Entry e = list.getSelectionModel().getSelectedItem();
        return e == null ? null : e.demo();
    }

    /** The status line under the buttons ("Finished in 3.2 s", "Stopped", "Failed: ..."). */
    public String stateText() {
        return state.getText();
    }
}
