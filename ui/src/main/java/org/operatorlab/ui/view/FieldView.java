package org.operatorlab.ui.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.BorderPane;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Shows a scalar field over a 2D mesh (3D surface where the platform has 3D, flat colormap otherwise),
 * a time series of such fields, or 1D fields as curves. Every panel of the application draws through
 * this one view.
 *
 * <p>API contract used by the panels; the first implementation draws flat with {@link MeshCanvas}.
 */
public final class FieldView extends BorderPane {
    private final MeshCanvas canvas = new MeshCanvas();

    public FieldView() {
        setCenter(canvas);
    }

    /** The mesh alone (wireframe with boundary names). */
    public void showMesh(TriangleMesh mesh) {
        setCenter(canvas);
        canvas.setMesh(mesh);
    }

    /** A nodal field (one value per mesh node). */
    public void showField(TriangleMesh mesh, String name, double[] nodalValues) {
        setCenter(canvas);
        canvas.setField(mesh, name, nodalValues);
    }

    /** A time series of nodal fields with a time slider and play button; {@code frames.get(i)} is at {@code times[i]}. */
    public void showSeries(TriangleMesh mesh, String name, double[] times, List<double[]> frames) {
        showField(mesh, name, frames.get(frames.size() - 1));
    }

    /** 1D fields as curves over {@code x}, one per entry (e.g. reference and prediction). */
    public void showCurves(String xLabel, double[] x, Map<String, double[]> curves) {
        throw new UnsupportedOperationException("1D curves are not drawn yet");
    }

    /** Fixes the colour scale (so linked views share one); {@code NaN, NaN} returns to the field's own range. */
    public void setColourRange(double min, double max) {
    }

    /** Writes a PNG of what is shown, atomically. */
    public void saveSnapshot(Path png) throws IOException {
        throw new IOException("snapshots are not implemented yet");
    }

    /** Whether the view draws a 3D surface (false under Monocle or the software pipeline). */
    public boolean is3D() {
        return false;
    }
}
