package org.operatorlab.ui.editor;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.operatorlab.solvers.problem.GeometrySpec;

/** The geometry: a preset and its parameters. Every preset keeps its own values while another is shown. */
final class GeometrySection {
    static final String SHAPE_PATH = "$.geometry.shape";

    private final ComboBox<GeometryPreset> preset = new ComboBox<>();
    private final MarkedField markedPreset;
    private final Map<GeometryPreset, ShapeParameters> parameters = new EnumMap<>(GeometryPreset.class);
    private final StackPane parameterPane = new StackPane();
    private final VBox view;

    GeometrySection(Supplier<Path> baseDirectory, Runnable edited) {
        parameters.put(GeometryPreset.RECTANGLE, NumberParameters.rectangle(edited));
        parameters.put(GeometryPreset.LSHAPE, NumberParameters.lShape(edited));
        parameters.put(GeometryPreset.DISK, NumberParameters.disk(edited));
        parameters.put(GeometryPreset.ANNULUS, NumberParameters.annulus(edited));
        parameters.put(GeometryPreset.POLYGON, new PolygonLoopsEditor(edited));
        parameters.put(GeometryPreset.GMSH, new GmshFileField(baseDirectory, edited));
        parameters.put(GeometryPreset.INTERVAL, NumberParameters.interval(edited));

        preset.setId("geometryPreset");
        preset.getItems().setAll(GeometryPreset.values());
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.valueProperty().addListener((o, before, now) -> parameterPane.getChildren().setAll(parameters.get(now).view()));
        preset.setValue(GeometryPreset.RECTANGLE);
        FormGrid.watch(preset.valueProperty(), edited);
        markedPreset = new MarkedField(preset);
        FormGrid grid = new FormGrid();
        grid.row("shape", markedPreset);
        view = new VBox(8, grid, parameterPane);
    }

    Node view() {
        return view;
    }

    GeometryPreset preset() {
        return preset.getValue();
    }

    ReadOnlyObjectProperty<GeometryPreset> presetProperty() {
        return preset.valueProperty();
    }

    void write(FormJson json) {
        json.object("geometry").string("shape", preset().shape());
        parameters.get(preset()).write(json);
        json.end();
    }

    void fill(GeometrySpec spec, Path baseDirectory) {
        GeometryPreset p = GeometryPreset.of(spec.shape());
        parameters.get(p).fill(spec, baseDirectory);
        preset.setValue(p);
    }

    void targets(Map<String, ErrorTarget> into) {
        into.put(SHAPE_PATH, markedPreset);
        Map<String, ErrorTarget> shape = new LinkedHashMap<>();
        parameters.get(preset()).targets(shape);
        into.putAll(shape);
        // a complaint about the whole shape (inner radius above outer, crossing edges) is about its parameters
        into.put("$.geometry", ErrorTarget.group(List.copyOf(new LinkedHashSet<>(shape.values()))));
    }
}
