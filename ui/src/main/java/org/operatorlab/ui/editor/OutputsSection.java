package org.operatorlab.ui.editor;

import java.util.Arrays;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.operatorlab.solvers.problem.OutputSpec;

/** What the solvers save: field names, every how many steps, VTK encoding. */
final class OutputsSection {
    private final TextField fields = new TextField("u");
    private final TextField every = new TextField("1");
    private final ComboBox<String> vtk = new ComboBox<>();
    private final MarkedField markedFields = MarkedField.at("$.outputs.fields", fields);
    private final MarkedField markedEvery = MarkedField.at("$.outputs.every", every);
    private final MarkedField markedVtk;
    private final FormGrid grid = new FormGrid();

    OutputsSection(Runnable edited) {
        vtk.getItems().setAll("binary", "ascii");
        vtk.setValue("binary");
        markedVtk = MarkedField.at("$.outputs.vtk", vtk);
        fields.setPromptText("field names, separated by commas");
        FormGrid.watch(fields.textProperty(), edited);
        FormGrid.watch(every.textProperty(), edited);
        FormGrid.watch(vtk.valueProperty(), edited);
        grid.row("fields", markedFields);
        grid.row("every n-th step", markedEvery);
        grid.row("VTK", markedVtk);
    }

    Node view() {
        return grid;
    }

    void write(FormJson json) {
        json.object("outputs").array("fields");
        Arrays.stream(fields.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(json::string);
        json.endArray().typed("every", every.getText()).string("vtk", vtk.getValue()).end();
    }

    void fill(OutputSpec outputs) {
        fields.setText(String.join(", ", outputs.fields()));
        every.setText(Integer.toString(outputs.every()));
        vtk.setValue(outputs.vtk().name().toLowerCase());
    }

    void targets(Map<String, ErrorTarget> into) {
        into.put("$.outputs.fields", markedFields);
        into.put("$.outputs.every", markedEvery);
        into.put("$.outputs.vtk", markedVtk);
    }
}
