package org.operatorlab.ui.workflow;

import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.operators.engine.Comparison;
import org.operatorlab.operators.engine.ModelPredictor;
import org.operatorlab.operators.engine.TrainedModel;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.ui.task.JobRunner;
import org.operatorlab.ui.view.ComparisonView;
import org.operatorlab.ui.view.FieldView;

/**
 * Compare: a trained model (loaded from a file, or the one just trained) against the classical solver
 * on an input drawn from the problem's random-input description with a seed (pick one, or draw a new
 * one), both timed alike by the engine façade; reference | prediction | |error| with one colour scale,
 * the relative L2 error and the speed-up. Runs on the current problem, or on the model's own problem
 * when none is open.
 */
public final class ComparePanel extends BorderPane {
    public static final String NAME = "Compare";

    private final JobRunner jobs;
    private final ProblemContext context;
    private final ShownResults shown;
    private final ObservableValue<TrainedModel> justTrained;
    private final Label modelLabel = new Label("No model: load one, or train one in the Train panel.");
    private final Button load = new Button("Load model…");
    private final Button useTrained = new Button("Use the model just trained");
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1);
    private final Button draw = new Button("New random input");
    private final Button compare = new Button("Compare");
    private final Label figures = new Label();
    private final ComparisonView view = new ComparisonView();
    private final FieldView input = new FieldView();
    /** The comparison, and under it the input the network was given (flat) when it takes one. */
    private final javafx.scene.control.SplitPane views = new javafx.scene.control.SplitPane(view);
    private final SplittableRandom seeds = new SplittableRandom();
    private ModelPredictor model;
    private Comparison last;

    public ComparePanel(JobRunner jobs, ProblemContext context, ShownResults shown,
                        ObservableValue<TrainedModel> justTrained) {
        this.jobs = jobs;
        this.context = context;
        this.shown = shown;
        this.justTrained = justTrained;
        modelLabel.setId("compare-model");
        modelLabel.setWrapText(true);
        load.setOnAction(e -> chooseModel());
        useTrained.setId("compare-use-trained");
        useTrained.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> justTrained.getValue() == null, justTrained));
        useTrained.setOnAction(e -> useModel(justTrained.getValue().predictor(), "the model just trained: "
                + justTrained.getValue().summaryLine()));
        seed.setEditable(true);
        seed.setPrefWidth(110);
        seed.setId("compare-seed");
        seed.setTooltip(new Tooltip("Seed of the random input: the same seed draws the same input as 'solve --seed'"));
        draw.setTooltip(new Tooltip("Draw a new random input and compare on it"));
        draw.setOnAction(e -> {
            seed.getValueFactory().setValue(seeds.nextInt(1_000_000));
            compare();
        });
        compare.setId("compare-button");
        compare.setDisable(true);
        compare.setOnAction(e -> compare());
        figures.setId("compare-figures");
        figures.setWrapText(true);
        figures.setStyle("-fx-font-size: 14px;");

        HBox modelRow = new HBox(8, load, useTrained, modelLabel);
        modelRow.setAlignment(Pos.CENTER_LEFT);
        HBox inputRow = new HBox(8, new Label("Input seed"), seed, draw, compare);
        inputRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, modelRow, inputRow, figures);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        views.setOrientation(javafx.geometry.Orientation.VERTICAL);
        setCenter(views);
        setPadding(new Insets(10));
    }

    /** Reads a model file in the background and makes it the model compared. */
    public void loadModel(Path file) {
        jobs.run("Reading " + file.getFileName() + "…", (progress, cancel) -> ModelPredictor.load(file),
                p -> useModel(p, file.getFileName() + " (" + p.model().describe() + ")"),
                error -> figures.setText("Could not read the model: " + error.getMessage()));
    }

    private void useModel(ModelPredictor predictor, String description) {
        model = predictor;
        modelLabel.setText("Model: " + description);
        compare.setDisable(false);
    }

    public void setSeed(int value) {
        seed.getValueFactory().setValue(value);
    }

    /** Predicts and solves the input of the current seed in the background, then shows both. */
    public void compare() {
        ModelPredictor predictor = model;
        if (predictor == null) {
            return;
        }
        Problem problem;
        try {
            problem = context.problem().orElseGet(predictor::trainedProblem);
        } catch (IllegalArgumentException e) {
            figures.setText(e.getMessage());
            return;
        }
        long s = seed.getValue();
        compare.setDisable(true);
        figures.setText("Predicting and solving classically…");
        jobs.run("Comparing on input seed " + s + "…", (progress, cancel) -> {
            MeshedProblem meshed = context.meshed(problem, progress, cancel);
            return new Shown(meshed, predictor.compare(problem, meshed.domain(), s, progress, cancel));
        }, result -> {
            compare.setDisable(false);
            show(result.meshed(), result.comparison(), s);
        }, error -> {
            compare.setDisable(false);
            figures.setText(error instanceof org.operatorlab.mesh.task.CancelledException ? "Cancelled."
                    : "Compare failed: " + error.getMessage());
        });
    }

    private record Shown(MeshedProblem meshed, Comparison comparison) { }

    private void show(MeshedProblem meshed, Comparison c, long s) {
        last = c;
        TriangleMesh mesh = meshed.drawableMesh();
        views.getItems().remove(input);
        if (mesh != null) {
            view.show(mesh, c.reference(), c.prediction().values());
            if (c.prediction().input() != null) {
                input.setFlat(true);
                input.showField(mesh, "input", c.prediction().input());
                views.getItems().add(input);
                views.setDividerPositions(0.7);
            }
        } else {
            UniformGrid grid = ((ProblemDomain.Grid) meshed.domain()).grid();
            double[] x = new double[grid.nx()];
            for (int i = 0; i < x.length; i++) {
                x[i] = grid.x(i);
            }
            view.showCurves(x, c.reference(), c.prediction().values());
        }
        figures.setText(ComparisonText.of(model.kind().key().toUpperCase(Locale.ROOT), s, c));
        shown.publish(new ShownResult(NAME, meshed.name() + ", input seed " + s, c.fields(), null, view.referenceView()));
    }

    /** The comparison on screen; null before the first. */
    public Comparison shownComparison() {
        return last;
    }

    public String figuresText() {
        return figures.getText();
    }

    public ComparisonView comparisonView() {
        return view;
    }

    private void chooseModel() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Model files", "*.olm"));
        java.io.File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            loadModel(f.toPath());
        }
    }
}
