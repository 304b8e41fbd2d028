package org.operatorlab.ui.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * A flat 2D drawing of a triangle mesh. A mesh alone shows its element edges in grey and its boundary
 * edges coloured by boundary name, with a legend; a nodal field is coloured with a colormap (linear
 * per triangle), optionally with the element edges over it and a colour bar. Resizes with its parent
 * and keeps the aspect ratio.
 */
public final class MeshCanvas extends Pane {
    private static final List<Color> BOUNDARY_COLOURS = List.of(
            Color.web("#d62728"), Color.web("#1f77b4"), Color.web("#2ca02c"), Color.web("#ff7f0e"),
            Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#17becf"));
    private static final double MARGIN = 16;

    private final Canvas canvas = new Canvas();
    private TriangleMesh mesh;
    private double[] values;
    private String valueName = "";
    private Colormap colormap = Colormap.VIRIDIS;
    private ValueRange fixedRange;
    private boolean wireframe;
    private boolean colourBarShown = true;
    private PlaneTransform placement;

    public MeshCanvas() {
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        setMinSize(200, 200);
    }

    public void setMesh(TriangleMesh mesh) {
        this.mesh = mesh;
        this.values = null;
        draw();
    }

    /** Colours the mesh by a nodal field (one value per node), with a colour bar. */
    public void setField(TriangleMesh mesh, String name, double[] nodalValues) {
        setField(mesh, name, nodalValues, fixedRange, colormap, wireframe);
    }

    /** A field with its whole style at once, drawn once (a series frame redraws through here). */
    public void setField(TriangleMesh mesh, String name, double[] nodalValues, ValueRange range,
                         Colormap colormap, boolean wireframe) {
        if (nodalValues.length != mesh.nodeCount()) {
            throw new IllegalArgumentException("field " + name + " has " + nodalValues.length
                    + " values for " + mesh.nodeCount() + " nodes");
        }
        this.mesh = mesh;
        this.values = nodalValues.clone();
        this.valueName = name;
        this.fixedRange = range;
        this.colormap = colormap;
        this.wireframe = wireframe;
        draw();
    }

    public void setColormap(Colormap colormap) {
        this.colormap = colormap;
        draw();
    }

    /** A fixed colour scale, or null for the field's own min and max. */
    public void setColourRange(ValueRange range) {
        this.fixedRange = range;
        draw();
    }

    /** Whether element edges are drawn over a field. */
    public void setWireframe(boolean shown) {
        this.wireframe = shown;
        draw();
    }

    /** Whether the canvas draws its own colour bar (off when the surrounding view has one). */
    public void setColourBarShown(boolean shown) {
        this.colourBarShown = shown;
        draw();
    }

    /** The colour scale in use: the fixed one, or the field's range; null without a field. */
    public ValueRange colourRange() {
        return values == null ? null : fixedRange != null ? fixedRange : ValueRange.of(values);
    }

    /** The domain point under canvas pixel (px, py), or null before anything is drawn. */
    public double[] toDomain(double px, double py) {
        return placement == null ? null : new double[] {placement.x(px), placement.y(py)};
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        placement = null;
        if (mesh == null || mesh.nodeCount() == 0 || w < 1 || h < 1) {
            return;
        }
        boolean legend = values == null ? !mesh.boundaryNames().isEmpty() : colourBarShown;
        double legendWidth = legend ? ColourBar.WIDTH : 0;
        placement = PlaneTransform.fit(mesh, w - legendWidth, h, MARGIN);
        if (values != null) {
            ValueRange range = colourRange();
            int iw = (int) Math.ceil(w), ih = (int) Math.ceil(h);
            int[] pixels = FieldRaster.paint(mesh, values, range, colormap, placement, iw, ih);
            WritableImage image = new WritableImage(iw, ih);
            image.getPixelWriter().setPixels(0, 0, iw, ih, PixelFormat.getIntArgbInstance(), pixels, 0, iw);
            g.drawImage(image, 0, 0);
            if (wireframe) {
                drawEdges(g, Color.gray(0.1, 0.45), 0.6);
            }
            g.setStroke(Color.gray(0.15));
            g.setLineWidth(1.2);
            drawBoundary(g, false);
            if (colourBarShown) {
                ColourBar.paint(g, w - legendWidth + 4, MARGIN, h - 2 * MARGIN, valueName, colormap, range);
            }
        } else {
            drawEdges(g, Color.gray(0.55), 0.5);
            g.setLineWidth(2.5);
            drawBoundary(g, true);
            drawBoundaryLegend(g, w - legendWidth + 4);
        }
    }

    private void drawEdges(GraphicsContext g, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        double[] px = new double[3];
        double[] py = new double[3];
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int k = 0; k < 3; k++) {
                px[k] = placement.px(mesh.x(mesh.node(e, k)));
                py[k] = placement.py(mesh.y(mesh.node(e, k)));
            }
            g.strokePolygon(px, py, 3);
        }
    }

    private void drawBoundary(GraphicsContext g, boolean colouredByName) {
        for (int edge = 0; edge < mesh.boundaryEdgeCount(); edge++) {
            int a = mesh.boundaryEdgeNode(edge, 0), b = mesh.boundaryEdgeNode(edge, 1);
            if (colouredByName) {
                g.setStroke(colourOf(mesh.boundaryEdgeTag(edge)));
            }
            g.strokeLine(placement.px(mesh.x(a)), placement.py(mesh.y(a)),
                    placement.px(mesh.x(b)), placement.py(mesh.y(b)));
        }
    }

    private void drawBoundaryLegend(GraphicsContext g, double x) {
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < mesh.boundaryNames().size(); k++) {
            g.setFill(colourOf(k));
            g.fillRect(x, MARGIN + 18 * k, 14, 10);
            g.setFill(Color.BLACK);
            g.fillText(mesh.boundaryNames().get(k), x + 20, MARGIN + 18 * k + 5);
        }
    }

    private static Color colourOf(int tag) {
        return BOUNDARY_COLOURS.get(tag % BOUNDARY_COLOURS.size());
    }
}
