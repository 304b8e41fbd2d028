package org.operatorlab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.grid.GridTriangulation;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The field view headless (Monocle, software pipeline, so the flat 2D fallback): colours, probe,
 * colour bar, snapshot, time series and curves.
 */
@ExtendWith(ApplicationExtension.class)
class FieldViewTest {
    private final TriangleMesh mesh = GridTriangulation.of(UniformGrid.of(21, 21, 0, 0, 1, 1));
    private FieldView view;

    @Start
    void start(Stage stage) {
        view = new FieldView();
        stage.setScene(new Scene(view, 500, 420));
        stage.show();
    }

    private double[] xField() {
        double[] u = new double[mesh.nodeCount()];
        for (int i = 0; i < u.length; i++) {
            u[i] = mesh.x(i);
        }
        return u;
    }

    @Test
    void without_3d_falls_back_to_flat_with_the_flat_toggle_fixed() {
        assertFalse(view.is3D(), "Monocle with the software pipeline has no 3D");
        CheckBox flat = (CheckBox) view.lookup("#flat");
        assertTrue(flat.isSelected());
        assertTrue(flat.isDisabled());
    }

    @Test
    void a_bare_mesh_has_no_field_controls_colour_bar_or_probe(FxRobot robot) {
        robot.interact(() -> view.showField(mesh, "u", xField()));
        assertTrue(view.lookup("#colormap").getParent().isVisible());
        robot.interact(() -> view.showMesh(mesh));
        assertFalse(view.lookup("#colormap").getParent().isVisible());
        assertEquals(null, view.colourRange());
        double[] probed = new double[1];
        robot.interact(() -> probed[0] = view.probeAt(0.5, 0.5));
        assertTrue(Double.isNaN(probed[0]));
    }

    @Test
    void the_fallback_colours_low_and_high_ends_with_the_colormap_ends(FxRobot robot) {
        double[] u = xField();
        robot.interact(() -> view.showField(mesh, "u", u));
        assertEndColours(robot, Colormap.VIRIDIS);
        robot.interact(() -> view.setColormap(Colormap.INFERNO));
        assertEndColours(robot, Colormap.INFERNO);
    }

    /** Along the middle row of the canvas the first and last coloured pixels lie at x = 0 and x = 1. */
    private void assertEndColours(FxRobot robot, Colormap map) {
        Node canvas = view.lookup("#fieldCanvas");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        int row = (int) shot[0].getHeight() / 2;
        int first = -1, last = -1;
        for (int i = 0; i < shot[0].getWidth(); i++) {
            if (!pixels.getColor(i, row).equals(Color.WHITE)) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        assertTrue(first >= 0 && last - first > 100, "the field spans the canvas: " + first + ".." + last);
        // two pixels in from the boundary line drawn on top
        assertClose(map.at(0), pixels.getColor(first + 2, row), 0.05);
        assertClose(map.at(1), pixels.getColor(last - 2, row), 0.05);
        assertClose(map.at(0.5), pixels.getColor((first + last) / 2, row), 0.05);
    }

    @Test
    void the_probe_reports_the_interpolated_value(FxRobot robot) {
        double[] u = new double[mesh.nodeCount()];
        for (int i = 0; i < u.length; i++) {
            u[i] = mesh.x(i) * mesh.x(i) + 2 * mesh.y(i);
        }
        robot.interact(() -> view.showField(mesh, "u", u));
        double[] probed = new double[3];
        robot.interact(() -> {
            probed[0] = view.probeAt(0.25, 0.5);
            probed[1] = view.probeAt(0.33, 0.71);
            probed[2] = view.probeAt(1.5, 0.5);
        });
        // P1 interpolation of x^2 on spacing h = 0.05 is off by at most h^2 / 4
        assertEquals(0.25 * 0.25 + 1, probed[0], 0.05 * 0.05 / 4);
        assertEquals(0.33 * 0.33 + 1.42, probed[1], 0.05 * 0.05 / 4);
        assertTrue(Double.isNaN(probed[2]), "outside the mesh");
    }

    @Test
    void moving_the_mouse_over_the_field_shows_the_value_under_it(FxRobot robot) {
        robot.interact(() -> view.showField(mesh, "u", xField()));
        // the drawing is centred in the canvas, so its centre is the domain's centre x = 0.5
        robot.moveTo(view.lookup("#fieldCanvas"));
        WaitForAsyncUtils.waitForFxEvents();
        String text = ((Label) view.lookup("#probe")).getText();
        assertTrue(text.contains("u = "), text);
        double value = Double.parseDouble(text.substring(text.indexOf("u = ") + 4));
        assertEquals(0.5, value, 0.01, text);
    }

    @Test
    void a_fixed_colour_range_shows_on_the_colour_bar(FxRobot robot) {
        robot.interact(() -> view.showField(mesh, "u", xField()));
        assertEquals("1", view.colourBarLabels().get(0));
        assertEquals("0", view.colourBarLabels().get(view.colourBarLabels().size() - 1));
        robot.interact(() -> view.setColourRange(-2, 3));
        List<String> labels = view.colourBarLabels();
        assertEquals(new ValueRange(-2, 3), view.colourRange());
        assertEquals("3", labels.get(0));
        assertEquals("-2", labels.get(labels.size() - 1));
        assertTrue(labels.contains("0") && labels.contains("1"), "round ticks between: " + labels);
        robot.interact(() -> view.setColourRange(Double.NaN, Double.NaN));
        assertEquals(new ValueRange(0, 1), view.colourRange());
        assertEquals("1", view.colourBarLabels().get(0));
    }

    @Test
    void wireframe_draws_the_element_edges(FxRobot robot) {
        robot.interact(() -> view.showField(mesh, "u", xField()));
        WritableImage plain = canvasShot(robot);
        robot.clickOn("#wireframe");
        WritableImage withEdges = canvasShot(robot);
        int changed = 0;
        for (int j = 0; j < plain.getHeight(); j++) {
            for (int i = 0; i < plain.getWidth(); i++) {
                Color a = plain.getPixelReader().getColor(i, j), b = withEdges.getPixelReader().getColor(i, j);
                changed += b.getBrightness() < a.getBrightness() - 0.1 ? 1 : 0;
            }
        }
        // 1240 edges of about 17 pixels each on a 21 x 21 grid drawn 350 pixels wide
        assertTrue(changed > 5000, "edges darken the pixels under them: " + changed);
    }

    private WritableImage canvasShot(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.lookup("#fieldCanvas").snapshot(null, null));
        return shot[0];
    }

    @Test
    void saves_a_png_of_the_picture(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> view.showField(mesh, "u", xField()));
        Path png = dir.resolve("out/field.png");
        robot.interact(() -> {
            try {
                view.saveSnapshot(png);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        BufferedImage image = ImageIO.read(png.toFile());
        Bounds figure = view.lookup("#figure").getLayoutBounds();
        assertEquals((int) Math.ceil(figure.getWidth()), image.getWidth());
        assertEquals((int) Math.ceil(figure.getHeight()), image.getHeight());
        assertEquals(500, image.getWidth());
        try (var files = Files.list(png.getParent())) {
            assertEquals(List.of(png), files.toList(), "no temporary file left");
        }
    }

    @Test
    void a_series_keeps_one_colour_scale_and_steps_with_the_slider_and_play(FxRobot robot) {
        double[] times = {0, 0.5, 1};
        List<double[]> frames = List.of(scaled(0), scaled(1), scaled(2));
        robot.interact(() -> view.showSeries(mesh, "u", times, frames));
        assertEquals(2, view.frameIndex(), "starts at the last frame");
        assertEquals(new ValueRange(0, 2), view.colourRange(), "the range of all frames");
        assertEquals("t = 1", ((Label) view.lookup("#time")).getText());

        robot.interact(() -> ((Slider) view.lookup("#timeSlider")).setValue(1));
        assertEquals(1, view.frameIndex());
        assertEquals("t = 0.5", ((Label) view.lookup("#time")).getText());
        double[] probe = new double[1];
        robot.interact(() -> probe[0] = view.probeAt(0.5, 0.5));
        assertEquals(0.5, probe[0], 1e-12, "frame 1 is u = x");
        assertEquals(new ValueRange(0, 2), view.colourRange());

        robot.interact(() -> view.showFrame(0));
        robot.clickOn("#play");
        assertTrue(waitUntil(() -> view.frameIndex() == 2, 5000), "play runs to the last frame");
    }

    private double[] scaled(double factor) {
        double[] u = xField();
        for (int i = 0; i < u.length; i++) {
            u[i] *= factor;
        }
        return u;
    }

    @Test
    void curves_are_drawn_as_a_line_chart_with_a_legend(FxRobot robot) {
        double[] x = {0, 0.25, 0.5, 0.75, 1};
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("reference", new double[] {0, 1, 0, -1, 0});
        curves.put("prediction", new double[] {0, 0.9, 0.1, -1.1, 0});
        robot.interact(() -> view.showCurves("x", x, curves));
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = (LineChart<Number, Number>) view.lookup(".chart");
        assertEquals(2, chart.getData().size());
        assertEquals("reference", chart.getData().get(0).getName());
        assertEquals(0.9, chart.getData().get(1).getData().get(1).getYValue().doubleValue(), 0);
        assertFalse(chart.getCreateSymbols());
        assertTrue(chart.isLegendVisible());
        assertFalse(view.lookup("#colormap").getParent().isVisible(), "no field controls over a chart");
        assertEquals(null, view.colourRange());
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier condition, long millis) {
        try {
            WaitForAsyncUtils.waitFor(millis, TimeUnit.MILLISECONDS, condition::getAsBoolean);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static void assertClose(Color expected, Color actual, double tolerance) {
        double d = Math.max(Math.abs(expected.getRed() - actual.getRed()),
                Math.max(Math.abs(expected.getGreen() - actual.getGreen()), Math.abs(expected.getBlue() - actual.getBlue())));
        assertTrue(d <= tolerance, "expected " + expected + ", got " + actual);
    }
}
