package org.operatorlab.ui.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.operatorlab.mesh.field.TimeSeries;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.problem.PdeFamily;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.solve.ProblemSolver;
import org.operatorlab.solvers.solve.SolveOptions;
import org.operatorlab.solvers.solve.SolveOutcome;
import org.operatorlab.ui.task.JobRunner;
import org.operatorlab.ui.view.FieldView;

/**
 * Solve: the classical solver of the current problem (what {@code operatorlab solve} runs) in the
 * background, then the field in the field view (with a time slider for time-dependent problems, curves
 * in 1D) and the solver's figures beside it.
 */
public final class SolvePanel extends BorderPane {
    public static final String NAME = "Solve";
    /** Curves drawn for a 1D time series: the first, the last, and some in between. */
    private static final int CURVES_IN_1D = 5;

    private final JobRunner jobs;
    private final ProblemContext context;
    private final ShownResults shown;
    private final Button solve = new Button("Solve");
    private final ChoiceBox<String> method = new ChoiceBox<>();
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final FieldView view = new FieldView();
    private final SolveStatisticsPane statistics = new SolveStatisticsPane();
    private final Label message = new Label("Press Solve to run the classical solver on the current problem.");
    private final Label placeholder = new Label("No solution yet: press Solve.");
    private SolveOutcome outcome;

    public SolvePanel(JobRunner jobs, ProblemContext context, ShownResults shown) {
        this.jobs = jobs;
        this.context = context;
        this.shown = shown;
        solve.setId("solve-button");
        solve.setDefaultButton(true);
        solve.setTooltip(new Tooltip("Solve with the classical solver (P1 FEM, 5-point FD, θ-scheme or pseudo-spectral)"));
        solve.setOnAction(e -> solve());
        solve.disableProperty().bind(context.problemProperty().isNull());
        method.getItems().setAll(SolveOptions.METHODS);
        method.setValue("auto");
        method.setTooltip(new Tooltip("Linear solver: auto picks CG for symmetric systems, GMRES otherwise"));
        seed.setEditable(true);
        seed.setPrefWidth(100);
        seed.setTooltip(new Tooltip("Seed of the random input, for problems with random coefficients"));
        message.setWrapText(true);
        message.setId("solve-message");

        HBox controls = new HBox(8, solve, new Label("Linear solver"), method, new Label("Seed"), seed);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label("Solver figures");
        heading.setStyle("-fx-font-size: 14px; -fx-font-weight: bold;");
        VBox side = new VBox(8, heading, statistics, message);
        side.setPrefWidth(280);
        side.setPadding(new Insets(0, 0, 0, 10));
        setTop(controls);
        placeholder.setStyle("-fx-text-fill: #666; -fx-font-size: 14px;");
        setCenter(placeholder);
        setRight(side);
        setPadding(new Insets(10));
        BorderPane.setMargin(controls, new Insets(0, 0, 8, 0));
        context.problemProperty().addListener((o, old, p) -> {
            forget();
            fitControls(p);
        });
    }

    /** Runs the solver on the current problem off the JavaFX thread. */
    public void solve() {
        Problem problem = context.problem().orElse(null);
        if (problem == null) {
            return;
        }
        SolveOptions options = SolveOptions.defaults().withMethod(method.getValue()).withSeed(seed.getValue());
        message.setText("Solving…");
        jobs.run("Solving " + problem.name() + "…", (progress, cancel) -> {
            MeshedProblem meshed = context.meshed(problem, progress, cancel);
            return new ProblemSolver(options).solve(problem, meshed.domain(), progress, cancel);
        }, solved -> show(problem, solved), error -> {
            message.setText(error instanceof org.operatorlab.mesh.task.CancelledException ? "Cancelled."
                    : "The solver stopped: " + error.getMessage());
        });
    }

    private void show(Problem problem, SolveOutcome solved) {
        outcome = solved;
        statistics.show(solved.stats());
        String name = solved.fields().find("u").isPresent() ? "u" : "w";
        message.setText("Solved " + problem.name() + ": showing " + name
                + (solved.series() != null ? " over time (" + solved.series().size() + " snapshots)." : "."));
        setCenter(view);
        TriangleMesh mesh = MeshedProblem.drawableMesh(solved.domain());
        if (mesh == null) {
            showCurves(((ProblemDomain.Grid) solved.domain()).grid(), name, solved);
        } else if (solved.series() != null && solved.series().size() > 1) {
            TimeSeries series = solved.series();
            double[] times = new double[series.size()];
            List<double[]> frames = new java.util.ArrayList<>();
            for (int k = 0; k < series.size(); k++) {
                times[k] = series.step(k).time();
                frames.add(series.step(k).fields().get(name).values());
            }
            view.showSeries(mesh, name, times, frames);
        } else {
            view.showField(mesh, name, solved.fields().get(name).values());
        }
        shown.publish(new ShownResult(NAME, problem.name(), solved.fields(), solved.series(), view));
    }

    /** 1D: the solution as curves, a few snapshots in time when there is a series. */
    private void showCurves(UniformGrid grid, String name, SolveOutcome solved) {
        double[] x = new double[grid.nx()];
        for (int i = 0; i < x.length; i++) {
            x[i] = grid.x(i);
        }
        Map<String, double[]> curves = new LinkedHashMap<>();
        TimeSeries series = solved.series();
        if (series != null && series.size() > 1) {
            int count = Math.min(CURVES_IN_1D, series.size());
            for (int c = 0; c < count; c++) {
                int k = (int) Math.round((double) c * (series.size() - 1) / (count - 1));
                curves.put(name + " at t = " + new java.math.BigDecimal(series.step(k).time())
                                .round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString(),
                        series.step(k).fields().get(name).values());
            }
        } else {
            curves.put(name, solved.fields().get(name).values());
        }
        view.showCurves("x", x, curves);
    }

    /** The linear solver only matters where there are linear systems, the seed only for random inputs. */
    private void fitControls(Problem p) {
        boolean spectral = p != null && (p.pde().family() == PdeFamily.BURGERS || p.pde().family() == PdeFamily.NAVIER_STOKES);
        method.setDisable(spectral);
        seed.setDisable(p == null || !p.hasRandomInputs());
    }

    private void forget() {
        outcome = null;
        statistics.clear();
        setCenter(placeholder);
        message.setText("Press Solve to run the classical solver on the current problem.");
        shown.withdraw(NAME);
    }

    /** The last solve shown, or null. */
    public SolveOutcome outcome() {
        return outcome;
    }

    public FieldView view() {
        return view;
    }

    /** The figure shown in a row of the statistics ("method", "iterations", "residual", "wall", ...). */
    public String statistic(String row) {
        return statistics.valueOf(row);
    }
}
