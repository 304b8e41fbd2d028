package org.operatorlab.ui.view;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * A 2D drawing of a triangle mesh: element edges in grey, boundary edges coloured by boundary name
 * with a legend. Resizes with its parent and keeps the aspect ratio.
 */
public final class MeshCanvas extends Pane {
    private static final List<Color> BOUNDARY_COLOURS = List.of(
            Color.web("#d62728"), Color.web("#1f77b4"), Color.web("#2ca02c"), Color.web("#ff7f0e"),
            Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#17becf"));

    private final Canvas canvas = new Canvas();
    private TriangleMesh mesh;
    private double[] values;
    private String valueName = "";
    private final Colormap colormap = Colormap.VIRIDIS;

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
        if (nodalValues.length != mesh.nodeCount()) {
            throw new IllegalArgumentException("field " + name + " has " + nodalValues.length
                    + " values for " + mesh.nodeCount() + " nodes");
        }
        this.mesh = mesh;
        this.values = nodalValues.clone();
        this.valueName = name;
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (mesh == null || mesh.nodeCount() == 0) {
            return;
        }
        double xMin = Double.MAX_VALUE, xMax = -Double.MAX_VALUE, yMin = Double.MAX_VALUE, yMax = -Double.MAX_VALUE;
        for (int i = 0; i < mesh.nodeCount(); i++) {
            xMin = Math.min(xMin, mesh.x(i));
            xMax = Math.max(xMax, mesh.x(i));
            yMin = Math.min(yMin, mesh.y(i));
            yMax = Math.max(yMax, mesh.y(i));
        }
        double margin = 20;
        double scale = Math.min((w - 2 * margin - 120) / Math.max(xMax - xMin, 1e-300),
                (h - 2 * margin) / Math.max(yMax - yMin, 1e-300));
        // centre the drawing in the area left of the legend
        double ox = margin + ((w - 2 * margin - 120) - scale * (xMax - xMin)) / 2 - xMin * scale;
        double oy = h - margin - ((h - 2 * margin) - scale * (yMax - yMin)) / 2 + yMin * scale;

        double vMin = Double.MAX_VALUE, vMax = -Double.MAX_VALUE;
        if (values != null) {
            for (double v : values) {
                vMin = Math.min(vMin, v);
                vMax = Math.max(vMax, v);
            }
        }
        double range = vMax > vMin ? vMax - vMin : 1;
        g.setStroke(Color.gray(0.55));
        g.setLineWidth(0.5);
        for (int e = 0; e < mesh.elementCount(); e++) {
            int a = mesh.node(e, 0), b = mesh.node(e, 1), c = mesh.node(e, 2);
            double[] px = {ox + scale * mesh.x(a), ox + scale * mesh.x(b), ox + scale * mesh.x(c)};
            double[] py = {oy - scale * mesh.y(a), oy - scale * mesh.y(b), oy - scale * mesh.y(c)};
            if (values != null) {
                // flat shading by the element mean: cheap, and fine at the mesh sizes shown here
                Color colour = colormap.at(((values[a] + values[b] + values[c]) / 3 - vMin) / range);
                g.setFill(colour);
                g.setStroke(colour);
                g.fillPolygon(px, py, 3);
                g.strokePolygon(px, py, 3);
            } else {
                g.strokePolygon(px, py, 3);
            }
        }
        g.setLineWidth(2.5);
        for (int edge = 0; edge < mesh.boundaryEdgeCount(); edge++) {
            int a = mesh.boundaryEdgeNode(edge, 0), b = mesh.boundaryEdgeNode(edge, 1);
            g.setStroke(colourOf(mesh.boundaryEdgeTag(edge)));
            g.strokeLine(ox + scale * mesh.x(a), oy - scale * mesh.y(a), ox + scale * mesh.x(b), oy - scale * mesh.y(b));
        }
        double legendX = w - 110;
        if (values != null) {
            drawColourBar(g, legendX, margin + 18 * mesh.boundaryNames().size() + 20, h - 2 * margin, vMin, vMax);
        }
        for (int k = 0; k < mesh.boundaryNames().size(); k++) {
            g.setFill(colourOf(k));
            g.fillRect(legendX, margin + 18 * k, 14, 10);
            g.setFill(Color.BLACK);
            g.fillText(mesh.boundaryNames().get(k), legendX + 20, margin + 18 * k + 10);
        }
    }

    private void drawColourBar(GraphicsContext g, double x, double top, double bottom, double vMin, double vMax) {
        double height = Math.max(60, bottom - top - 30);
        for (int i = 0; i < height; i++) {
            g.setFill(colormap.at(1 - i / height));
            g.fillRect(x, top + 16 + i, 18, 1.5);
        }
        g.setFill(Color.BLACK);
        g.fillText(valueName, x, top + 10);
        g.fillText(String.format(java.util.Locale.ROOT, "%.4g", vMax), x + 24, top + 26);
        g.fillText(String.format(java.util.Locale.ROOT, "%.4g", vMin), x + 24, top + 16 + height);
    }

    private static Color colourOf(int tag) {
        return BOUNDARY_COLOURS.get(tag % BOUNDARY_COLOURS.size());
    }
}
