package org.operatorlab.ui.workflow;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.operatorlab.mesh.task.CancelledException;
import org.operatorlab.solvers.data.DatasetGenerator;
import org.operatorlab.solvers.data.GenerationOptions;
import org.operatorlab.solvers.data.GenerationReport;
import org.operatorlab.solvers.data.SolverChoice;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.ui.task.JobRunner;

/**
 * Data: generates a training data set for the current problem (what {@code operatorlab generate} runs),
 * with a live chart of Krylov iterations per sample. The {@code .npz} is written atomically by the
 * generator, so a cancelled run leaves no file.
 */
public final class DataPanel extends BorderPane {
    public static final String NAME = "Data";

    private final JobRunner jobs;
    private final ProblemContext context;
    private final Spinner<Integer> samples = new Spinner<>(1, 1_000_000, 32);
    private final ChoiceBox<SolverChoice> solver = new ChoiceBox<>();
    private final Spinner<Integer> threads;
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final TextField output = new TextField();
    private final Button generate = new Button("Generate");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label result = new Label();
    private final IterationsChart chart = new IterationsChart();
    private String lastDefaultOutput = "";
    private JobRunner.Job running;
    private GenerationReport report;
    private int runs;
    private IterationsChart.Run lastRun;

    public DataPanel(JobRunner jobs, ProblemContext context) {
        this.jobs = jobs;
        this.context = context;
        int cores = Runtime.getRuntime().availableProcessors();
        threads = new Spinner<>(1, Math.max(cores, 1) * 2, cores);
        solver.getItems().setAll(SolverChoice.values());
        solver.setValue(SolverChoice.SKR);
        solver.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SolverChoice c) {
                return c == null ? "" : c.id() + switch (c) {
                    case DIRECT -> " (sparse direct)";
                    case CG -> " (conjugate gradients)";
                    case GMRES -> " (GMRES, no recycling)";
                    case GCRODR -> " (GCRO-DR, recycling, unsorted)";
                    case SKR -> " (sorted + recycled)";
                };
            }

            @Override
            public SolverChoice fromString(String s) {
                return SolverChoice.parse(s.split(" ")[0]);
            }
        });
        solver.setTooltip(new Tooltip("skr sorts the samples so neighbours are similar and solves them in that order,"
                + " recycling a Krylov subspace; the others solve each sample from scratch"));
        for (Spinner<Integer> s : java.util.List.of(samples, threads, seed)) {
            s.setEditable(true);
            s.setPrefWidth(110);
        }
        samples.setId("data-samples");
        solver.setId("data-solver");
        threads.setId("data-threads");
        output.setId("data-output");
        generate.setId("data-generate");
        output.setPrefColumnCount(40);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        generate.setOnAction(e -> generate());
        generate.disableProperty().bind(context.problemProperty().isNull());
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        Button clear = new Button("Clear chart");
        clear.setOnAction(e -> {
            chart.clear();
            runs = 0;
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Samples"), samples, new Label("Solver"), solver, new Label("Threads"), threads,
                new Label("Seed"), seed);
        HBox file = new HBox(6, output, browse);
        HBox.setHgrow(output, Priority.ALWAYS);
        form.add(new Label("Output"), 0, 1);
        form.add(file, 1, 1, 7, 1);
        progress.setPrefWidth(260);
        progress.setId("data-progress");
        HBox actions = new HBox(8, generate, cancel, progress, progressText, clear);
        actions.setAlignment(Pos.CENTER_LEFT);
        result.setWrapText(true);
        result.setId("data-result");
        Label explain = new Label("Draws random inputs of the problem and solves each sample. With skr the samples are"
                + " sorted so that neighbours are alike and solved in that order, each solve reusing a Krylov subspace"
                + " of the last: run gmres, then skr, and compare the two curves below.");
        explain.setWrapText(true);
        explain.setStyle("-fx-text-fill: #555;");
        VBox top = new VBox(8, explain, form, actions, result);
        setTop(top);
        setCenter(chart);
        setPadding(new Insets(10));
        BorderPane.setMargin(chart, new Insets(8, 0, 0, 0));

        context.problemProperty().addListener((o, old, p) -> refreshDefaultOutput());
        context.fileProperty().addListener((o, old, f) -> refreshDefaultOutput());
        solver.valueProperty().addListener((o, old, s) -> refreshDefaultOutput());
        refreshDefaultOutput();
    }

    /** Starts generating with the settings shown; the chart gets a new series. */
    public void generate() {
        Problem problem = context.problem().orElse(null);
        if (problem == null) {
            return;
        }
        GenerationOptions options = new GenerationOptions(samples.getValue(), seed.getValue(), solver.getValue(),
                threads.getValue(), GenerationOptions.DEFAULT_TOLERANCE);
        Path out = Path.of(output.getText().strip()).toAbsolutePath();
        IterationsChart.Run run = chart.startRun(String.format(Locale.ROOT, "%s, %d samples (run %d)",
                options.solver().id(), options.samples(), ++runs), options.samples(), options.threads());
        lastRun = run;
        ProgressFeed feed = new ProgressFeed(progress, progressText);
        result.setText("Generating " + options.samples() + " samples with " + options.solver().id() + "…");
        report = null;
        setRunning(true);
        running = jobs.run("Generating " + out.getFileName() + "…", (listener, token) -> {
            Files.createDirectories(out.getParent());
            return DatasetGenerator.generate(problem, options, out, (done, total, text) -> {
                listener.progress(done, total, text);
                feed.report(done, total, text);
            }, run, token);
        }, done -> {
            run.drain();
            feed.drain();
            report = done;
            setRunning(false);
            context.dataSetProperty().set(out);
            result.setText(String.format(Locale.ROOT, "Wrote %s: %d samples in %.1f s (%.1f samples/s), %,d iterations"
                            + " (%.1f per sample), largest relative residual %.1e%s.", out, done.samples(), done.wallSeconds(),
                    done.samplesPerSecond(), done.totalIterations(), done.meanIterations(), done.maxRelativeResidual(),
                    done.unconverged() > 0 ? ", " + done.unconverged() + " did NOT converge" : ""));
        }, error -> {
            run.drain();
            setRunning(false);
            result.setText(error instanceof CancelledException ? "Cancelled: no file was written."
                    : "Could not generate: " + error.getMessage());
        });
    }

    private void setRunning(boolean on) {
        cancel.setDisable(!on);
        generate.disableProperty().unbind();
        if (on) {
            generate.setDisable(true);
        } else {
            running = null;
            generate.disableProperty().bind(context.problemProperty().isNull());
        }
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("NumPy archives", "*.npz"));
        Path current = Path.of(output.getText().strip()).toAbsolutePath();
        if (current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            output.setText(file.getPath().endsWith(".npz") ? file.getPath() : file.getPath() + ".npz");
        }
    }

    /** out/data/<problem>-<solver>.npz under the working directory, unless the user typed a name. */
    private void refreshDefaultOutput() {
        if (!output.getText().equals(lastDefaultOutput)) {
            return;
        }
        Path file = context.fileProperty().get();
        String stem = file != null ? file.getFileName().toString().replaceFirst("\\.json$", "")
                : context.problem().map(p -> p.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")).orElse("data");
        lastDefaultOutput = Path.of("out", "data", stem + "-" + solver.getValue().id() + ".npz").toString();
        output.setText(lastDefaultOutput);
    }

    /** The report of the last finished run, or null. */
    public GenerationReport report() {
        return report;
    }

    /** Points charted for the newest run (all its threads). */
    public int pointsInLastRun() {
        return lastRun == null ? 0 : lastRun.points();
    }

    /** The newest run's charted iterations by position in the solve sequence (1-based, the chart's x). */
    public java.util.SortedMap<Integer, Integer> lastRunIterations() {
        return lastRun == null ? java.util.Collections.emptySortedMap() : lastRun.iterationsByPosition();
    }

    /** The iterations chart: one series per run, one point per solved sample. */
    public javafx.scene.chart.LineChart<Number, Number> chart() {
        return chart;
    }

    /** Settings, for tests and the demo runner. */
    public void configure(int sampleCount, SolverChoice choice, int threadCount, Path out) {
        samples.getValueFactory().setValue(sampleCount);
        solver.setValue(choice);
        threads.getValueFactory().setValue(threadCount);
        output.setText(out.toString());
    }
}
