package org.operatorlab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import javax.imageio.ImageIO;
import org.operatorlab.mesh.grid.GridTriangulation;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Reference, prediction and error side by side: shared scale, own error scale, linked controls and probe. */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {
    private final TriangleMesh mesh = GridTriangulation.of(UniformGrid.of(11, 11, 0, 0, 1, 1));
    private ComparisonView view;

    @Start
    void start(Stage stage) {
        view = new ComparisonView();
        stage.setScene(new Scene(view, 1200, 420));
        stage.show();
    }

    @Test
    void reference_and_prediction_share_one_scale_and_the_error_has_its_own(FxRobot robot) {
        double[] ref = new double[mesh.nodeCount()];
        double[] pred = new double[mesh.nodeCount()];
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE, errMax = 0;
        for (int i = 0; i < ref.length; i++) {
            ref[i] = Math.sin(Math.PI * mesh.x(i)) * mesh.y(i);        // in [0, 1]
            pred[i] = ref[i] + 0.3 * mesh.x(i) - 0.1;                  // in [-0.1, 1.2]
            lo = Math.min(lo, Math.min(ref[i], pred[i]));
            hi = Math.max(hi, Math.max(ref[i], pred[i]));
            errMax = Math.max(errMax, Math.abs(pred[i] - ref[i]));
        }
        robot.interact(() -> view.show(mesh, ref, pred));
        ValueRange shared = new ValueRange(lo, hi);
        assertEquals(shared, view.sharedRange());
        assertEquals(-0.1, shared.min(), 1e-12);
        assertEquals(shared, view.referenceView().colourRange());
        assertEquals(shared, view.predictionView().colourRange());
        assertEquals(view.referenceView().colourBarLabels(), view.predictionView().colourBarLabels());
        assertEquals(new ValueRange(0, errMax), view.errorView().colourRange());
        assertEquals(0.2, errMax, 1e-12);
        assertEquals(Colormap.INFERNO, view.errorView().colormap());

        robot.interact(() -> view.referenceView().setColormap(Colormap.CIVIDIS));
        assertEquals(Colormap.CIVIDIS, view.predictionView().colormap(), "one colormap for one scale");
        assertEquals(Colormap.INFERNO, view.errorView().colormap());
        robot.interact(() -> view.errorView().setWireframe(true));
        assertTrue(view.referenceView().wireframeProperty().get());
        assertTrue(view.predictionView().wireframeProperty().get());
    }

    @Test
    void hovering_one_view_probes_the_same_point_in_all(FxRobot robot) {
        double[] ref = new double[mesh.nodeCount()];
        double[] pred = new double[mesh.nodeCount()];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = mesh.x(i);
            pred[i] = 2 * mesh.x(i);
        }
        robot.interact(() -> view.show(mesh, ref, pred));
        robot.moveTo(view.referenceView().lookup("#fieldCanvas"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.5, probed(view.referenceView()), 0.01);
        assertEquals(1.0, probed(view.predictionView()), 0.02);
        assertEquals(0.5, probed(view.errorView()), 0.01);
    }

    private static double probed(FieldView v) {
        String text = ((Label) v.lookup("#probe")).getText();
        assertTrue(text.contains(" = "), "probe shows a value: '" + text + "'");
        return Double.parseDouble(text.substring(text.lastIndexOf(" = ") + 3));
    }

    @Test
    void the_snapshot_puts_the_pictures_side_by_side_without_the_controls(FxRobot robot, @TempDir Path dir)
            throws Exception {
        double[] ref = new double[mesh.nodeCount()];
        double[] pred = new double[mesh.nodeCount()];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = mesh.x(i);
            pred[i] = mesh.x(i) * mesh.y(i);
        }
        robot.interact(() -> view.show(mesh, ref, pred));
        Path png = dir.resolve("compare.png");
        robot.interact(() -> {
            try {
                view.saveSnapshot(png);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        BufferedImage image = ImageIO.read(png.toFile());
        Bounds one = view.referenceView().figure().getLayoutBounds();
        double widths = 0;
        for (FieldView v : new FieldView[] {view.referenceView(), view.predictionView(), view.errorView()}) {
            widths += Math.ceil(v.figure().getLayoutBounds().getWidth());
        }
        assertEquals((int) widths + 2 * 6, image.getWidth());
        assertEquals((int) Math.ceil(one.getHeight()), image.getHeight(), "pictures only, no toolbars");
        // the reference picture's centre is coloured (x = 0.5: the middle of viridis)
        java.awt.Color centre = new java.awt.Color(image.getRGB((int) (one.getWidth() - ColourBar.WIDTH) / 2,
                (int) one.getHeight() / 2));
        javafx.scene.paint.Color expected = Colormap.VIRIDIS.at(0.5);
        assertEquals(expected.getRed() * 255, centre.getRed(), 15);
        assertEquals(expected.getGreen() * 255, centre.getGreen(), 15);
        assertEquals(expected.getBlue() * 255, centre.getBlue(), 15);
    }

    @Test
    void curves_show_both_fields_in_one_chart_and_the_error_in_another(FxRobot robot) {
        double[] x = {0, 0.5, 1};
        robot.interact(() -> view.showCurves(x, new double[] {1, 2, 3}, new double[] {1.5, 2, 2}));
        LineChart<?, ?> both = (LineChart<?, ?>) view.referenceView().lookup(".chart");
        LineChart<?, ?> error = (LineChart<?, ?>) view.errorView().lookup(".chart");
        assertEquals(2, both.getData().size());
        assertEquals("prediction", both.getData().get(1).getName());
        assertEquals(1, error.getData().size());
        assertEquals(0.5, ((Number) error.getData().get(0).getData().get(0).getYValue()).doubleValue(), 1e-12);
        assertEquals(1.0, ((Number) error.getData().get(0).getData().get(2).getYValue()).doubleValue(), 1e-12);
        assertFalse(view.predictionView().isVisible());
        assertEquals(new ValueRange(1, 3), view.sharedRange());
    }
}
