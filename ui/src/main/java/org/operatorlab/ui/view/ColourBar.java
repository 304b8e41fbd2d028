package org.operatorlab.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A vertical colour bar: the field's name on top, the colormap from max (top) to min (bottom), labelled
 * at both ends and at a few round values between. {@link #paint} also draws it into other canvases.
 */
public final class ColourBar extends Region {
    /** The width a bar needs, labels included. */
    static final double WIDTH = 118;
    private static final double BAR_WIDTH = 18;
    private static final double LINE_HEIGHT = 15;
    /** Minimum gap in pixels between a round tick's label and the min/max labels. */
    private static final double LABEL_GAP = 16;

    private final Canvas canvas = new Canvas();
    private String title = "";
    private Colormap colormap = Colormap.VIRIDIS;
    private ValueRange range;
    private List<String> labels = List.of();

    public ColourBar() {
        getChildren().add(canvas);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    /** What the bar shows; a null range leaves it empty. */
    public void show(String title, Colormap colormap, ValueRange range) {
        this.title = title == null ? "" : title;
        this.colormap = colormap;
        this.range = range;
        redraw();
    }

    /** The value labels drawn, top to bottom (max first). */
    public List<String> labels() { return labels; }

    public ValueRange range() { return range; }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        labels = range == null ? List.of() : paint(g, 6, 6, canvas.getHeight() - 12, title, colormap, range);
    }

    /** Draws a bar with its top-left corner at (x, y), {@code height} tall; returns the value labels, top to bottom. */
    static List<String> paint(GraphicsContext g, double x, double y, double height, String title,
                              Colormap colormap, ValueRange range) {
        g.save();
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.BLACK);
        g.fillText(title, x, y, WIDTH - 8);
        g.setFont(Font.font(12));
        // below the title's lines, with room for half of the max label's height
        double top = y + LINE_HEIGHT * title.split("\n", -1).length + 10;
        double barHeight = Math.max(40, y + height - LINE_HEIGHT / 2 - top);
        for (int i = 0; i < barHeight; i++) {
            g.setFill(colormap.at(1 - (i + 0.5) / barHeight));
            g.fillRect(x, top + i, BAR_WIDTH, 1.2);
        }
        g.setStroke(Color.gray(0.3));
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, top + 0.5, BAR_WIDTH - 1, barHeight - 1);

        List<String> labels = new ArrayList<>();
        g.setTextBaseline(VPos.CENTER);
        label(g, labels, x, top, ValueText.of(range.max()));
        List<Double> ticks = range.ticks((int) Math.max(2, barHeight / 55));
        for (int k = ticks.size() - 1; k >= 0; k--) {
            double ty = top + (1 - range.normalise(ticks.get(k))) * barHeight;
            if (ty - top >= LABEL_GAP && top + barHeight - ty >= LABEL_GAP) {
                label(g, labels, x, ty, ValueText.of(ticks.get(k)));
            }
        }
        label(g, labels, x, top + barHeight, ValueText.of(range.min()));
        g.restore();
        return List.copyOf(labels);
    }

    private static void label(GraphicsContext g, List<String> labels, double x, double y, String text) {
        g.setStroke(Color.gray(0.2));
        g.strokeLine(x + BAR_WIDTH, y, x + BAR_WIDTH + 4, y);
        g.setFill(Color.BLACK);
        g.fillText(text, x + BAR_WIDTH + 7, y);
        labels.add(text);
    }
}
