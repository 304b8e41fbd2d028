package org.operatorlab.ui.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.operatorlab.mesh.task.CancelledException;
import org.operatorlab.operators.engine.EngineDivergedException;
import org.operatorlab.operators.engine.EngineKind;
import org.operatorlab.operators.engine.EngineSettings;
import org.operatorlab.operators.engine.EngineTraining;
import org.operatorlab.operators.engine.TrainedModel;
import org.operatorlab.operators.engine.TrainingSource;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemWriter;
import org.operatorlab.ui.task.JobRunner;

/**
 * Train: an engine (FNO, TFNO, DeepONet, PINN) with its hyper-parameters, trained in the background on a
 * data set of {@code generate} (or, for the PINN, on the current problem) through the same engine façade
 * as {@code operatorlab train}; live training and validation curves, epoch and ETA, Cancel, and Save
 * model (written atomically; nothing is written before Save).
 */
public final class TrainPanel extends BorderPane {
    public static final String NAME = "Train";

    private final JobRunner jobs;
    private final ProblemContext context;
    private final ChoiceBox<EngineKind> engine = new ChoiceBox<>();
    private final EngineSettingsForm form = new EngineSettingsForm(EngineKind.FNO);
    private final TextField dataSet = new TextField();
    private final Button browse = new Button("…");
    private final Label source = new Label();
    private final Button train = new Button("Train");
    private final Button cancel = new Button("Cancel");
    private final Button save = new Button("Save model…");
    private final Label epochLabel = new Label("Not trained yet.");
    private final Label message = new Label();
    private final TrainingChart chart = new TrainingChart();
    private final ReadOnlyObjectWrapper<TrainedModel> trained = new ReadOnlyObjectWrapper<>(this, "trained");
    /** What Save writes: the finished run's model, or a diverged run's last good one (which Compare is not offered). */
    private TrainedModel savable;
    private JobRunner.Job running;

    public TrainPanel(JobRunner jobs, ProblemContext context) {
        this.jobs = jobs;
        this.context = context;
        engine.getItems().setAll(EngineKind.values());
        engine.setValue(EngineKind.FNO);
        engine.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EngineKind k) { return k == null ? "" : k.key().toUpperCase(Locale.ROOT).replace("DEEPONET", "DeepONet"); }

            @Override
            public EngineKind fromString(String s) { return EngineKind.parse(s); }
        });
        engine.setId("train-engine");
        engine.valueProperty().addListener((o, was, now) -> {
            form.setEngine(now);
            showSource();
        });
        dataSet.setPromptText("data set (.npz from Data or 'operatorlab generate')");
        dataSet.setId("train-data");
        dataSet.setPrefColumnCount(24);
        context.dataSetProperty().addListener((o, was, now) -> {
            if (now != null) {
                dataSet.setText(now.toString());
            }
        });
        if (context.dataSetProperty().get() != null) {
            dataSet.setText(context.dataSetProperty().get().toString());
        }
        browse.setTooltip(new Tooltip("Choose a data set file"));
        browse.setOnAction(e -> chooseDataSet());
        train.setId("train-button");
        train.setDefaultButton(true);
        train.setOnAction(e -> train());
        cancel.setId("train-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> cancel());
        save.setId("train-save");
        save.setDisable(true);
        save.setOnAction(e -> chooseAndSave());
        epochLabel.setId("train-epoch");
        message.setId("train-message");
        message.setWrapText(true);
        source.setWrapText(true);

        HBox data = new HBox(4, dataSet, browse);
        HBox.setHgrow(dataSet, Priority.ALWAYS);
        Label heading = new Label("Engine");
        heading.setStyle("-fx-font-weight: bold;");
        VBox side = new VBox(8, heading, engine, data, source, form, new HBox(8, train, cancel, save), message);
        side.setPrefWidth(300);
        side.setPadding(new Insets(0, 10, 0, 0));
        HBox status = new HBox(epochLabel);
        status.setAlignment(Pos.CENTER_LEFT);
        setLeft(side);
        setCenter(chart);
        setBottom(status);
        setPadding(new Insets(10));
        showSource();
    }

    /** The model of the last finished run (null before one, and after a new run starts). */
    public ReadOnlyObjectProperty<TrainedModel> trainedModelProperty() {
        return trained.getReadOnlyProperty();
    }

    public TrainingChart chart() {
        return chart;
    }

    public EngineSettingsForm form() {
        return form;
    }

    public void setEngine(EngineKind kind) {
        engine.setValue(kind);
    }

    public void setDataSet(Path file) {
        dataSet.setText(file.toString());
    }

    public String epochText() {
        return epochLabel.getText();
    }

    public String messageText() {
        return message.getText();
    }

    /** Whether a run is going on. */
    public boolean isTraining() {
        return running != null;
    }

    private void showSource() {
        boolean pinn = engine.getValue() == EngineKind.PINN;
        dataSet.setDisable(pinn);
        browse.setDisable(pinn);
        source.setText(pinn ? "The PINN learns from the current problem's equation and boundary conditions (no data set)."
                : "Learns the map from the data set's inputs to its solutions.");
    }

    /** Starts a run with the form's settings; a bad value is flagged in place and nothing starts. */
    public void train() {
        EngineSettings settings;
        TrainingSource trainingSource;
        try {
            settings = form.read();
            trainingSource = source(settings.kind());
        } catch (IllegalArgumentException | IOException e) {
            message.setText(e.getMessage());
            return;
        }
        chart.clear();
        trained.set(null);
        savable = null;
        save.setDisable(true);
        train.setDisable(true);
        cancel.setDisable(false);
        message.setText("");
        epochLabel.setText("Starting " + settings.kind().key() + "…");
        TrainingChart.Feed feed = chart.feed(this::showEpoch);
        JobRunner.Job[] self = new JobRunner.Job[1];
        self[0] = jobs.run("Training " + settings.kind().key() + "…",
                (progress, token) -> {
                    ThrottledProgress status = new ThrottledProgress(progress);
                    return EngineTraining.train(settings, trainingSource, (epoch, epochs, loss, validation, left) -> {
                        feed.epoch(epoch, epochs, loss, validation, left);
                        status.progress(epoch, epochs, String.format(Locale.ROOT, "training %s: epoch %d/%d",
                                settings.kind().key(), epoch, epochs));
                    }, token);
                },
                model -> {
                    feed.flush();
                    if (running != self[0]) {
                        return;
                    }
                    finished();
                    trained.set(model);
                    savable = model;
                    save.setDisable(false);
                    message.setText(model.summaryLine());
                },
                error -> {
                    feed.flush();
                    if (running != self[0]) {
                        return;   // cancelled here already, or replaced by a newer run
                    }
                    finished();
                    if (error instanceof EngineDivergedException d && d.lastGoodModel().isPresent()) {
                        savable = d.lastGoodModel().get();
                        save.setDisable(false);
                        message.setText("Training failed: " + d.getMessage() + " (Save model… keeps that epoch's model)");
                        return;
                    }
                    message.setText(error instanceof CancelledException ? "Cancelled: no model was kept."
                            : "Training failed: " + error.getMessage());
                });
        running = self[0];
    }

    private TrainingSource source(EngineKind kind) throws IOException {
        if (kind == EngineKind.PINN) {
            Problem problem = context.problem().orElseThrow(() -> new IllegalArgumentException(
                    "the PINN trains on the current problem: open or edit one first"));
            return new TrainingSource.ProblemFile(problem, ProblemWriter.toJson(problem));
        }
        String text = dataSet.getText().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("choose a data set (make one in the Data panel)");
        }
        Path file = Path.of(text);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no data set file " + file);
        }
        return TrainingSource.data(file);
    }

    private void showEpoch(TrainingChart.Epoch e) {
        String validation = Double.isNaN(e.validationError()) ? ""
                : String.format(Locale.ROOT, ", validation relative L2 %.4g", e.validationError());
        epochLabel.setText(String.format(Locale.ROOT, "Epoch %d/%d: training loss %.4g%s, about %s left", e.epoch(),
                e.epochs(), e.trainLoss(), validation, duration(e.secondsLeft())));
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
    }

    /** Stops the run; the model of a cancelled run is not kept and nothing is written. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            finished();
            message.setText("Cancelled: no model was kept.");
        }
    }

    private void finished() {
        running = null;
        train.setDisable(false);
        cancel.setDisable(true);
    }

    /**
     * Writes the trained model, or a diverged run's last good one, atomically (a failed write leaves
     * nothing new behind).
     */
    public void saveModel(Path file) throws IOException {
        TrainedModel model = savable;
        if (model == null) {
            throw new IllegalStateException("no trained model to save");
        }
        model.save(file);
        message.setText("Saved " + file);
    }

    private void chooseDataSet() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Data sets", "*.npz"));
        java.io.File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            dataSet.setText(f.getPath());
        }
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Model files", "*.olm"));
        chooser.setInitialFileName(engine.getValue().key() + ".olm");
        java.io.File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                saveModel(f.toPath());
            } catch (IOException | RuntimeException e) {
                message.setText("Could not save: " + e.getMessage());
            }
        }
    }
}
