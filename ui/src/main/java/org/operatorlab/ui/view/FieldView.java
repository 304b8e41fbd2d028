package org.operatorlab.ui.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.operatorlab.mesh.tri.PointLocator;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Shows a scalar field over a 2D mesh (a colormapped 3D surface where the platform has 3D, a flat
 * colormap otherwise), a time series of such fields, or 1D fields as curves. Every panel of the
 * application draws through this one view.
 *
 * <p>Layout: over a field, a toolbar (colormap, flat, wireframe, reset view, probe read-out) above the
 * picture and its colour bar; time controls below for a series. The probe reads the field under the
 * mouse: in 3D from the picked surface point, in 2D from the canvas position, both interpolated with
 * the mesh's {@link PointLocator}.
 */
public final class FieldView extends BorderPane {
    private final boolean threeD;
    private final ViewToolbar toolbar = new ViewToolbar();
    private final SeriesPlayer player = new SeriesPlayer();
    private final MeshCanvas flatCanvas = new MeshCanvas();
    private final Surface3DView surface;
    private final ColourBar colourBar = new ColourBar();
    private final StackPane content = new StackPane();
    private final HBox figure = new HBox(content, colourBar);

    private TriangleMesh mesh;
    private PointLocator locator;
    private String name = "";
    private double[] values;
    private double[] times;
    private List<double[]> frames;
    private ValueRange fixedRange;
    private ValueRange seriesRange;
    private BiConsumer<Double, Double> probeListener = (x, y) -> { };

    public FieldView() {
        this(Platform.isSupported(ConditionalFeature.SCENE3D));
    }

    /** With {@code threeD} false, the flat picture; true builds the 3D surface (tests force it headless). */
    FieldView(boolean threeD) {
        this.threeD = threeD;
        this.surface = threeD ? new Surface3DView() : null;
        if (threeD) {
            surface.setId("surface3d");
        }
        HBox.setHgrow(content, Priority.ALWAYS);
        content.setMinSize(150, 150);
        figure.setStyle("-fx-background-color: white;");
        figure.setId("figure");
        flatCanvas.setId("fieldCanvas");
        setTop(toolbar);
        setCenter(figure);
        flatCanvas.setColourBarShown(false);
        flatCanvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            double[] xy = mesh == null || values == null ? null : flatCanvas.toDomain(e.getX(), e.getY());
            pointerAt(xy == null ? Double.NaN : xy[0], xy == null ? Double.NaN : xy[1]);
        });
        flatCanvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointerAt(Double.NaN, Double.NaN));
        if (threeD) {
            surface.setOnProbe(this::pointerAt);
            toolbar.resetView.setOnAction(e -> surface.rig().reset());
        } else {
            toolbar.disableCameraControls();
        }
        toolbar.colormapProperty().addListener(o -> redraw());
        toolbar.flatProperty().addListener(o -> redraw());
        toolbar.wireframeProperty().addListener(o -> redraw());
        player.frameProperty().addListener((o, was, now) -> showFrame(now.intValue()));
        showNothing();
    }

    /** The mesh alone (wireframe with boundary names). */
    public void showMesh(TriangleMesh mesh) {
        clearField();
        this.mesh = mesh;
        flatCanvas.setMesh(mesh);
        setContent(flatCanvas, false);
    }

    /** A nodal field (one value per mesh node). */
    public void showField(TriangleMesh mesh, String name, double[] nodalValues) {
        checkLength(mesh, name, nodalValues);
        clearField();
        this.mesh = mesh;
        this.name = name;
        this.values = nodalValues.clone();
        redraw();
    }

    /**
     * A time series of nodal fields with a time slider and play button; {@code frames.get(i)} is at
     * {@code times[i]}. The colour scale spans all frames, so colours compare across time.
     */
    public void showSeries(TriangleMesh mesh, String name, double[] times, List<double[]> frames) {
        if (frames.isEmpty() || times.length != frames.size()) {
            throw new IllegalArgumentException("series " + name + " needs one time per frame: "
                    + times.length + " times, " + frames.size() + " frames");
        }
        for (double[] frame : frames) {
            checkLength(mesh, name, frame);
        }
        clearField();
        this.mesh = mesh;
        this.name = name;
        this.times = times.clone();
        this.frames = List.copyOf(frames);
        this.seriesRange = ValueRange.of(frames);
        this.values = frames.get(frames.size() - 1);
        setBottom(player);
        player.setTimes(times);
        redraw();
    }

    /** 1D fields as curves over {@code x}, one per entry (e.g. reference and prediction), in the map's order. */
    public void showCurves(String xLabel, double[] x, Map<String, double[]> curves) {
        Node chart = CurveChart.of(xLabel, x, curves);
        clearField();
        mesh = null;
        setContent(chart, false);
    }

    /** Fixes the colour scale (so linked views share one); {@code NaN, NaN} returns to the field's own range. */
    public void setColourRange(double min, double max) {
        fixedRange = Double.isNaN(min) && Double.isNaN(max) ? null : new ValueRange(min, max);
        redraw();
    }

    /** The colour scale in use: fixed, the series' or the field's range; null when no field is shown. */
    public ValueRange colourRange() {
        if (values == null) {
            return null;
        }
        return fixedRange != null ? fixedRange : seriesRange != null ? seriesRange : ValueRange.of(values);
    }

    /** The value labels of the colour bar, top (max) to bottom (min). */
    public List<String> colourBarLabels() {
        return colourBar.labels();
    }

    /** Writes a PNG of the picture and its colour bar (or the chart), atomically. */
    public void saveSnapshot(Path png) throws IOException {
        Snapshots.savePng(figure, png);
    }

    /** The picture with its colour bar (or the chart), without the controls: what a snapshot shows. */
    Node figure() {
        return figure;
    }

    /** Whether the view draws a 3D surface (false under Monocle or the software pipeline). */
    public boolean is3D() {
        return threeD;
    }

    /**
     * The field's P1-interpolated value at domain point (x, y), also shown in the probe label; NaN (and
     * an empty label) outside the mesh or when no field is shown.
     */
    public double probeAt(double x, double y) {
        if (values == null || mesh == null || Double.isNaN(x) || Double.isNaN(y)) {
            toolbar.probe.setText("");
            return Double.NaN;
        }
        if (locator == null || locator.mesh() != mesh) {
            locator = new PointLocator(mesh);
        }
        double v = locator.interpolate(values, x, y);
        toolbar.probe.setText(Double.isNaN(v) ? "" : "x = " + ValueText.of(x) + ", y = " + ValueText.of(y)
                + ":  " + name + " = " + ValueText.of(v));
        return v;
    }

    /** The probe label's text. */
    public String probeText() {
        return toolbar.probe.getText();
    }

    /** Called with the domain point under the mouse ((NaN, NaN) when off the field), e.g. to probe linked views. */
    public void setOnPointerMoved(BiConsumer<Double, Double> listener) {
        this.probeListener = listener;
    }

    /** Shows frame {@code index} of the series (as the slider does). */
    public void showFrame(int index) {
        if (frames == null || index < 0 || index >= frames.size()) {
            return;
        }
        if (player.frameProperty().get() != index) {
            player.frameProperty().set(index);
            return;
        }
        values = frames.get(index);
        redraw();
    }

    /** The frame of the series shown, or -1. */
    public int frameIndex() {
        return frames == null ? -1 : player.frameProperty().get();
    }

    public Colormap colormap() { return toolbar.colormap.getValue(); }

    public void setColormap(Colormap colormap) { toolbar.colormap.setValue(colormap); }

    public void setWireframe(boolean shown) { toolbar.wireframe.setSelected(shown); }

    /** Flat (colour only) or height = value; always flat without 3D. */
    public void setFlat(boolean flat) {
        if (threeD) {
            toolbar.flat.setSelected(flat);
        }
    }

    /** Back to the initial camera (no effect without 3D). */
    public void resetView() {
        if (threeD) {
            surface.rig().reset();
        }
    }

    /** The 3D camera, or null without 3D. */
    public CameraRig cameraRig() {
        return threeD ? surface.rig() : null;
    }

    public ObjectProperty<Colormap> colormapProperty() { return toolbar.colormapProperty(); }

    public BooleanProperty wireframeProperty() { return toolbar.wireframeProperty(); }

    public BooleanProperty flatProperty() { return toolbar.flatProperty(); }

    private void pointerAt(double x, double y) {
        probeAt(x, y);
        probeListener.accept(x, y);
    }

    private void redraw() {
        if (values == null || mesh == null) {
            return;
        }
        ValueRange range = colourRange();
        Colormap map = colormap();
        boolean wire = toolbar.wireframe.isSelected();
        if (threeD) {
            double height = toolbar.flat.isSelected() ? 0 : SurfaceMeshBuilder.DEFAULT_HEIGHT_FRACTION;
            surface.setGeometry(SurfaceMeshBuilder.build(mesh, values, range, height));
            surface.setColormap(map);
            surface.setWireframe(wire);
            setContent(surface, true);
        } else {
            flatCanvas.setField(mesh, name, values, range, map, wire);
            setContent(flatCanvas, true);
        }
        String title = frames == null ? name : name + "\nt = " + ValueText.of(times[frameIndex()]);
        colourBar.show(title, map, range);
    }

    private void setContent(Node node, boolean field) {
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != node) {
            content.getChildren().setAll(node);
        }
        colourBar.setVisible(field);
        colourBar.setManaged(field);
        // a bare mesh or a chart has nothing for these controls to act on
        toolbar.setVisible(field);
        toolbar.setManaged(field);
    }

    private void clearField() {
        player.stop();
        setBottom(null);
        values = null;
        frames = null;
        times = null;
        seriesRange = null;
        toolbar.probe.setText("");
    }

    private void showNothing() {
        content.getChildren().clear();
        toolbar.setVisible(false);
        toolbar.setManaged(false);
        colourBar.setVisible(false);
        colourBar.setManaged(false);
    }

    private static void checkLength(TriangleMesh mesh, String name, double[] values) {
        if (values.length != mesh.nodeCount()) {
            throw new IllegalArgumentException("field " + name + " has " + values.length + " values for "
                    + mesh.nodeCount() + " mesh nodes");
        }
    }
}
