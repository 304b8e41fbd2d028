package org.operatorlab.ui.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Reference, prediction and |error| side by side. Reference and prediction share one colour scale
 * (min and max over both) and one colormap; the error has its own scale, from 0 to its maximum, and map. Camera moves,
 * wireframe and flat toggles and the probe position are linked across the three views. API contract
 * used by the Compare panel.
 */
public final class ComparisonView extends HBox {
    private final FieldView reference;
    private final FieldView prediction;
    private final FieldView error;
    private ValueRange sharedRange;

    public ComparisonView() {
        this(Platform.isSupported(ConditionalFeature.SCENE3D));
    }

    /** Three 3D views, or three flat ones (tests force 3D headless). */
    ComparisonView(boolean threeD) {
        super(6);
        reference = new FieldView(threeD);
        prediction = new FieldView(threeD);
        error = new FieldView(threeD);
        getChildren().addAll(reference, prediction, error);
        FieldView[] views = {reference, prediction, error};
        for (FieldView v : views) {
            HBox.setHgrow(v, Priority.ALWAYS);
            v.setPrefWidth(10);  // equal shares of the width, whatever each toolbar asks for
        }
        error.setColormap(Colormap.INFERNO);
        prediction.colormapProperty().bindBidirectional(reference.colormapProperty());
        for (FieldView v : new FieldView[] {prediction, error}) {
            v.wireframeProperty().bindBidirectional(reference.wireframeProperty());
            v.flatProperty().bindBidirectional(reference.flatProperty());
            if (v.is3D()) {
                v.cameraRig().link(reference.cameraRig());
            }
        }
        for (FieldView source : views) {
            source.setOnPointerMoved((x, y) -> {
                for (FieldView other : views) {
                    if (other != source) {
                        other.probeAt(x, y);
                    }
                }
            });
        }
    }

    /** Nodal reference and prediction on one mesh; the error view shows |prediction − reference|. */
    public void show(TriangleMesh mesh, double[] referenceValues, double[] predictionValues) {
        if (referenceValues.length != predictionValues.length) {
            throw new IllegalArgumentException("comparison needs equally long fields: reference has "
                    + referenceValues.length + " values, prediction " + predictionValues.length);
        }
        double[] err = new double[referenceValues.length];
        for (int i = 0; i < err.length; i++) {
            err[i] = Math.abs(predictionValues[i] - referenceValues[i]);
        }
        sharedRange = ValueRange.of(referenceValues, predictionValues);
        ValueRange errorRange = ValueRange.of(err);
        setPredictionShown(true);
        // the error scale starts at 0, so the colormap's start always means "no error"
        error.setColourRange(0, Math.max(errorRange.max(), 0));
        reference.setColourRange(sharedRange.min(), sharedRange.max());
        prediction.setColourRange(sharedRange.min(), sharedRange.max());
        reference.showField(mesh, "reference", referenceValues);
        prediction.showField(mesh, "prediction", predictionValues);
        error.showField(mesh, "|error|", err);
    }

    /** 1D reference and prediction over {@code x}: one chart with both curves, one with |prediction − reference|. */
    public void showCurves(double[] x, double[] referenceValues, double[] predictionValues) {
        if (referenceValues.length != x.length || predictionValues.length != x.length) {
            throw new IllegalArgumentException("comparison curves need one value per x: " + x.length + " x, "
                    + referenceValues.length + " reference, " + predictionValues.length + " prediction values");
        }
        double[] err = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            err[i] = Math.abs(predictionValues[i] - referenceValues[i]);
        }
        Map<String, double[]> both = new LinkedHashMap<>();
        both.put("reference", referenceValues);
        both.put("prediction", predictionValues);
        sharedRange = ValueRange.of(referenceValues, predictionValues);
        reference.showCurves("x", x, both);
        error.showCurves("x", x, Map.of("|error|", err));
        setPredictionShown(false);
    }

    /** The colour scale reference and prediction share (min and max over both); null before anything is shown. */
    public ValueRange sharedRange() {
        return sharedRange;
    }

    /** The three views, for panels that need more control: reference, prediction, error. */
    public FieldView referenceView() { return reference; }

    public FieldView predictionView() { return prediction; }

    public FieldView errorView() { return error; }

    /** Writes a PNG of the views shown (pictures and colour bars, no controls) side by side, atomically. */
    public void saveSnapshot(Path png) throws IOException {
        List<Node> figures = new ArrayList<>();
        for (FieldView v : new FieldView[] {reference, prediction, error}) {
            if (v.isVisible()) {
                figures.add(v.figure());
            }
        }
        Snapshots.savePngSideBySide(figures, (int) getSpacing(), png);
    }

    private void setPredictionShown(boolean shown) {
        prediction.setVisible(shown);
        prediction.setManaged(shown);
    }
}
