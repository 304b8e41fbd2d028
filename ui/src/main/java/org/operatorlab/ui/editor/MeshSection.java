package org.operatorlab.ui.editor;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.operatorlab.solvers.problem.MeshSpec;

/**
 * The mesh: generated triangles of a size, or a uniform grid (periodic on rectangles and intervals). A Gmsh
 * geometry brings its own mesh, and an interval takes a 1D grid, so the fields follow the geometry.
 */
final class MeshSection {
    static final String TRIANGLES = "triangles";
    static final String GRID = "grid";

    private final ComboBox<String> type = new ComboBox<>();
    private final TextField size = new TextField("0.1");
    private final TextField nx = new TextField("65");
    private final TextField ny = new TextField("65");
    private final CheckBox periodicX = new CheckBox("x");
    private final CheckBox periodicY = new CheckBox("y");
    private final MarkedField markedType = MarkedField.at("$.mesh.type", type);
    private final MarkedField markedSize;
    private final MarkedField markedNx = MarkedField.at("$.mesh.nx", nx);
    private final MarkedField markedNy = MarkedField.at("$.mesh.ny", ny);
    private final FormGrid grid = new FormGrid();
    private final FormGrid.Row typeRow;
    private final FormGrid.Row sizeRow;
    private final FormGrid.Row nxRow;
    private final FormGrid.Row nyRow;
    private final FormGrid.Row periodicRow;
    private final Label fromFile = new Label("The Gmsh file is the mesh.");
    private final VBox view;
    private GeometryPreset geometry = GeometryPreset.RECTANGLE;

    MeshSection(Runnable edited) {
        type.getItems().setAll(TRIANGLES, GRID);
        type.setValue(TRIANGLES);
        size.setId("meshSize");
        size.setPromptText("edge length h");
        markedSize = new MarkedField(size);
        periodicX.setId("field-mesh-periodic-x");
        periodicY.setId("field-mesh-periodic-y");
        HBox periodic = new HBox(12, periodicX, periodicY);
        periodic.setId(JsonPath.id("$.mesh.periodic"));
        typeRow = grid.row("type", markedType);
        sizeRow = grid.row("size h", markedSize);
        nxRow = grid.row("nodes along x", markedNx);
        nyRow = grid.row("nodes along y", markedNy);
        periodicRow = grid.row("periodic", periodic);
        fromFile.getStyleClass().add("form-note");
        view = new VBox(6, grid, fromFile);
        for (var value : new javafx.beans.value.ObservableValue<?>[] {type.valueProperty(), size.textProperty(),
                nx.textProperty(), ny.textProperty(), periodicX.selectedProperty(), periodicY.selectedProperty()}) {
            FormGrid.watch(value, edited);
        }
        type.valueProperty().addListener((o, before, now) -> layOut());
        layOut();
    }

    Node view() {
        return view;
    }

    /** Shows the fields that make sense for {@code preset}: none for Gmsh, a 1D grid for an interval. */
    void adaptTo(GeometryPreset preset) {
        geometry = preset;
        if (preset == GeometryPreset.INTERVAL) {
            type.setValue(GRID);
        }
        layOut();
    }

    private void layOut() {
        boolean file = geometry == GeometryPreset.GMSH;
        boolean oneD = geometry == GeometryPreset.INTERVAL;
        boolean triangles = TRIANGLES.equals(type.getValue());
        typeRow.setShown(!file && !oneD);
        sizeRow.setShown(!file && triangles);
        nxRow.setShown(!file && !triangles);
        nyRow.setShown(!file && !triangles && !oneD);
        periodicRow.setShown(!file && !triangles);
        periodicY.setVisible(!oneD);
        periodicY.setManaged(!oneD);
        fromFile.setVisible(file);
        fromFile.setManaged(file);
    }

    void write(FormJson json) {
        if (geometry == GeometryPreset.GMSH) {
            return;
        }
        json.object("mesh").string("type", type.getValue());
        if (TRIANGLES.equals(type.getValue())) {
            json.typed("size", size.getText());
        } else {
            json.typed("nx", nx.getText());
            if (geometry == GeometryPreset.INTERVAL) {
                json.bool("periodic", periodicX.isSelected());
            } else {
                json.typed("ny", ny.getText());
                json.array("periodic").bool(periodicX.isSelected()).bool(periodicY.isSelected()).endArray();
            }
        }
        json.end();
    }

    void fill(MeshSpec mesh) {
        if (mesh instanceof MeshSpec.Triangles t) {
            type.setValue(TRIANGLES);
            size.setText(NumberText.format(t.size()));
        } else if (mesh instanceof MeshSpec.Grid g) {
            type.setValue(GRID);
            nx.setText(Integer.toString(g.nx()));
            if (g.ny() > 1) {
                ny.setText(Integer.toString(g.ny()));
            }
            periodicX.setSelected(g.periodicX());
            periodicY.setSelected(g.periodicY());
        }
    }

    void targets(Map<String, ErrorTarget> into) {
        // whole-mesh errors (a periodic grid on a disk) point at the type, or at nx where the type is fixed
        into.put("$.mesh", geometry == GeometryPreset.INTERVAL ? markedNx : markedType);
        into.put("$.mesh.type", markedType);
        into.put("$.mesh.size", markedSize);
        into.put("$.mesh.nx", markedNx);
        into.put("$.mesh.ny", markedNy);
    }
}
