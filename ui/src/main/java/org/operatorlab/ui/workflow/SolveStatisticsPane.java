package org.operatorlab.ui.workflow;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.operatorlab.solvers.solve.SolveStatistics;

/** The figures of one classical solve, one per row: method, iterations, final residual, wall time, ... */
final class SolveStatisticsPane extends GridPane {
    private final Label method = value("method");
    private final Label unknowns = value("unknowns");
    private final Label iterations = value("iterations");
    private final Label residual = value("residual");
    private final Label steps = value("steps");
    private final Label wall = value("wall");

    SolveStatisticsPane() {
        setHgap(10);
        setVgap(4);
        setPadding(new Insets(6));
        addRow(0, name("Method"), method);
        addRow(1, name("Unknowns"), unknowns);
        addRow(2, name("Iterations"), iterations);
        addRow(3, name("Final residual"), residual);
        addRow(4, name("Time steps"), steps);
        addRow(5, name("Wall time"), wall);
        clear();
    }

    void show(SolveStatistics s) {
        method.setText("none".equals(s.preconditioner()) ? s.method() : s.method() + " + " + s.preconditioner());
        unknowns.setText(String.format(Locale.ROOT, "%,d", s.unknowns()));
        iterations.setText(s.iterations() > 0 ? String.format(Locale.ROOT, "%,d", s.iterations()) : "— (no iterative solve)");
        residual.setText(Double.isNaN(s.relativeResidual()) ? "— (no linear system)"
                : String.format(Locale.ROOT, "%.2e (relative)", s.relativeResidual()));
        steps.setText(s.timeSteps() > 0 ? String.format(Locale.ROOT, "%,d", s.timeSteps()) : "— (steady)");
        wall.setText(String.format(Locale.ROOT, "%.3f s", s.wallSeconds()));
    }

    void clear() {
        for (Label l : new Label[] {method, unknowns, iterations, residual, steps, wall}) {
            l.setText("—");
        }
    }

    /** The shown value of a row, for tests and screen readers. */
    String valueOf(String row) {
        return ((Label) lookup("#stat-" + row)).getText();
    }

    private static Label name(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId("stat-" + id);
        return l;
    }
}
