package org.operatorlab.ui.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The controls above a field view: colormap, flat/height, wireframe, reset camera, and the probe's
 * read-out. Node ids ({@code #colormap}, {@code #flat}, {@code #wireframe}, {@code #resetView},
 * {@code #probe}) let tests and stylesheets find them. Wraps onto a second line when the view is narrow.
 */
final class ViewToolbar extends FlowPane {
    final ComboBox<Colormap> colormap = new ComboBox<>();
    final CheckBox flat = new CheckBox("Flat");
    final CheckBox wireframe = new CheckBox("Wireframe");
    final Button resetView = new Button("Reset view");
    final Label probe = new Label();

    ViewToolbar() {
        super(10, 4);
        setPadding(new Insets(4, 6, 4, 6));
        setAlignment(Pos.CENTER_LEFT);
        colormap.getItems().setAll(Colormap.values());
        colormap.setValue(Colormap.VIRIDIS);
        colormap.setId("colormap");
        colormap.setTooltip(new Tooltip("Colour map"));
        flat.setId("flat");
        flat.setTooltip(new Tooltip("Flat: colour only; off: height shows the value"));
        wireframe.setId("wireframe");
        wireframe.setTooltip(new Tooltip("Draw the mesh edges over the field"));
        resetView.setId("resetView");
        resetView.setTooltip(new Tooltip("Back to the initial camera (drag rotates, scroll zooms, right- or shift-drag pans)"));
        probe.setId("probe");
        probe.setMinWidth(180);
        getChildren().addAll(colormap, flat, wireframe, resetView, probe);
    }

    ObjectProperty<Colormap> colormapProperty() { return colormap.valueProperty(); }

    BooleanProperty flatProperty() { return flat.selectedProperty(); }

    BooleanProperty wireframeProperty() { return wireframe.selectedProperty(); }

    /** Without a 3D camera the picture is always flat and there is no view to reset. */
    void disableCameraControls() {
        flat.setSelected(true);
        flat.setDisable(true);
        resetView.setDisable(true);
    }
}
