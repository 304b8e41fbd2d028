package org.operatorlab.ui.view;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Reference, prediction and |error| side by side: reference and prediction share one colour scale,
 * camera moves are linked. API contract used by the Compare panel.
 */
public final class ComparisonView extends HBox {
    private final FieldView reference = new FieldView();
    private final FieldView prediction = new FieldView();
    private final FieldView error = new FieldView();

    public ComparisonView() {
        super(6);
        getChildren().addAll(reference, prediction, error);
        for (FieldView v : new FieldView[] {reference, prediction, error}) {
            HBox.setHgrow(v, Priority.ALWAYS);
        }
    }

    /** Nodal reference and prediction on one mesh; the error view shows |prediction − reference|. */
    public void show(TriangleMesh mesh, double[] referenceValues, double[] predictionValues) {
        double[] err = new double[referenceValues.length];
        for (int i = 0; i < err.length; i++) {
            err[i] = Math.abs(predictionValues[i] - referenceValues[i]);
        }
        reference.showField(mesh, "reference", referenceValues);
        prediction.showField(mesh, "prediction", predictionValues);
        error.showField(mesh, "|error|", err);
    }

    /** 1D reference and prediction over {@code x}. */
    public void showCurves(double[] x, double[] referenceValues, double[] predictionValues) {
        throw new UnsupportedOperationException("1D comparison is not drawn yet");
    }
}
