package org.operatorlab.ui.demo;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.operatorlab.ui.view.ComparisonView;
import org.operatorlab.ui.view.FieldView;

/**
 * Shows what a demo ended with: its title and figures on top, below them the field (3D where the
 * platform has it), the time series with its slider, the side-by-side comparison, or the iterations
 * chart next to the solution. Draws only through {@link FieldView} and {@link ComparisonView}.
 * JavaFX thread only.
 */
public final class DemoResultView extends BorderPane {
    private final Label title = new Label("Pick a demo on the left and press Run");
    private final Label summary = new Label();
    private final FieldView field = new FieldView();
    private final ComparisonView comparison = new ComparisonView();
    private final FieldView input = new FieldView();
    private LineChart<Number, Number> iterationsChart;
    private DemoResult shown;

    public DemoResultView() {
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        title.setWrapText(true);
        summary.setWrapText(true);
        summary.setId("demoSummary");
        VBox top = new VBox(4, title, summary);
        top.setPadding(new Insets(8, 10, 8, 10));
        setTop(top);
    }

    /** Shows the result of {@code demo}. */
    public void show(Demo demo, DemoResult result) {
        title.setText(demo.title());
        summary.setText(result.summary());
        shown = result;
        iterationsChart = null;
        setCenter(content(result));
    }

    private Node content(DemoResult result) {
        if (result instanceof DemoResult.Field f) {
            field.showField(f.mesh(), f.name(), f.values());
            return field;
        }
        if (result instanceof DemoResult.Series s) {
            field.showSeries(s.mesh(), s.name(), s.times(), s.frames());
            return field;
        }
        if (result instanceof DemoResult.MeshComparison c) {
            comparison.show(c.mesh(), c.reference(), c.prediction());
            return c.input() == null ? comparison : withInput(c);
        }
        if (result instanceof DemoResult.CurveComparison c) {
            comparison.showCurves(c.x(), c.reference(), c.prediction());
            return comparison;
        }
        DemoResult.Recycling r = (DemoResult.Recycling) result;
        field.showField(r.mesh(), "u at " + r.parameterName() + " = " + r.parameter()[r.parameter().length - 1], r.solution());
        iterationsChart = iterationsChart(r);
        SplitPane split = new SplitPane(field, iterationsChart);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        return split;
    }

    /** The input the network was given, flat, under the comparison (four views side by side do not fit). */
    private Node withInput(DemoResult.MeshComparison c) {
        input.setFlat(true);
        input.showField(c.mesh(), "input", c.input());
        SplitPane split = new SplitPane(comparison, input);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        return split;
    }

    /** Iterations per system against the swept parameter, one line per solver. */
    private static LineChart<Number, Number> iterationsChart(DemoResult.Recycling r) {
        NumberAxis x = new NumberAxis();
        x.setLabel(r.parameterName() + " (one system each)");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("iterations to relative residual 1e-8");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle("Iterations per system");
        chart.setAnimated(false);
        chart.getData().add(series(r.plainSolver() + " from zero", r.parameter(), r.plainIterations()));
        chart.getData().add(series(r.recyclingSolver() + " recycling, warm start", r.parameter(), r.recycledIterations()));
        return chart;
    }

    private static XYChart.Series<Number, Number> series(String name, double[] x, int[] y) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int i = 0; i < x.length; i++) {
            s.getData().add(new XYChart.Data<>(x[i], y[i]));
        }
        return s;
    }

    /** The result on screen; null before the first. */
    public DemoResult shownResult() {
        return shown;
    }

    /** The figures line on screen. */
    public String summaryText() {
        return summary.getText();
    }

    /** The single-field view (fields, series, the recycling demo's solution). */
    public FieldView fieldView() {
        return field;
    }

    /** The input view of model comparisons. */
    public FieldView inputView() {
        return input;
    }

    public ComparisonView comparisonView() {
        return comparison;
    }

    /** The recycling demo's chart; null for other results. */
    public LineChart<Number, Number> iterationsChart() {
        return iterationsChart;
    }
}
