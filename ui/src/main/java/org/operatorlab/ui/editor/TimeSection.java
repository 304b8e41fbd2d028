package org.operatorlab.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.operatorlab.solvers.problem.InitialCondition;
import org.operatorlab.solvers.problem.TimeSpec;

/** The time interval and step and the initial condition of a time-dependent family (heat, Burgers, Navier-Stokes). */
final class TimeSection {
    private final TextField start = new TextField("0");
    private final TextField end = new TextField("1");
    private final TextField dt = new TextField("0.01");
    private final MarkedField markedStart = MarkedField.at("$.time.start", start);
    private final MarkedField markedEnd = MarkedField.at("$.time.end", end);
    private final MarkedField markedDt = MarkedField.at("$.time.dt", dt);
    private final CoefficientEditor initial;
    private final VBox view;

    TimeSection(Runnable edited) {
        for (TextField f : List.of(start, end, dt)) {
            FormGrid.watch(f.textProperty(), edited);
        }
        FormGrid grid = new FormGrid();
        grid.row("start", markedStart);
        grid.row("end", markedEnd);
        grid.row("step dt", markedDt);
        initial = new CoefficientEditor("initial u", "at the start time", "$.initial.value", "$.initial.random",
                List.of("0"), edited);
        view = new VBox(10, grid, initial.view());
    }

    Node view() {
        return view;
    }

    void write(FormJson json) {
        json.object("initial");
        initial.writeInitial(json);
        json.end();
        json.object("time").typed("start", start.getText()).typed("end", end.getText()).typed("dt", dt.getText()).end();
    }

    void fill(Optional<TimeSpec> time, Optional<InitialCondition> initialCondition) {
        time.ifPresent(t -> {
            start.setText(NumberText.format(t.start()));
            end.setText(NumberText.format(t.end()));
            dt.setText(NumberText.format(t.dt()));
        });
        initialCondition.ifPresent(i -> initial.fill(List.of(i.value())));
    }

    void targets(Map<String, ErrorTarget> into) {
        into.put("$.time.start", markedStart);
        into.put("$.time.end", markedEnd);
        into.put("$.time.dt", markedDt);
        initial.targets(into);
    }
}
