package org.operatorlab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.collections.ObservableFloatArray;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operatorlab.mesh.grid.GridTriangulation;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 3D path of the field view, forced on headless: nothing 3D is rendered without a GPU pipeline, but
 * the surface's arrays, the toolbar's effect on them, the series frames, the probe read-out and the
 * linked cameras are all scene-graph state that can be checked.
 */
@ExtendWith(ApplicationExtension.class)
class FieldView3DPathTest {
    private final TriangleMesh mesh = GridTriangulation.of(UniformGrid.of(11, 11, 0, 0, 1, 1));
    private FieldView view;

    @Start
    void start(Stage stage) {
        view = new FieldView(true);
        stage.setScene(new Scene(view, 500, 420));
        stage.show();
    }

    private double[] field(double factor) {
        double[] u = new double[mesh.nodeCount()];
        for (int i = 0; i < u.length; i++) {
            u[i] = factor * mesh.x(i);
        }
        return u;
    }

    private Surface3DView surface() {
        return (Surface3DView) view.lookup("#surface3d");
    }

    /** Height of node i in view units (0 at the colour range's min, up to 0.35 at its max). */
    private double height(int node) {
        ObservableFloatArray points = surface().surfaceMesh().getPoints();
        return -points.get(3 * node + 2);
    }

    @Test
    void heights_follow_the_field_until_flat_is_ticked_and_edges_follow_wireframe(FxRobot robot) {
        robot.interact(() -> view.showField(mesh, "u", field(1)));
        assertTrue(view.is3D());
        assertTrue(surface().isVisible() && surface().getScene() != null, "the surface is shown");
        int right = 10, left = 0;   // nodes at x = 1 and x = 0 on the first row
        assertEquals(SurfaceMeshBuilder.DEFAULT_HEIGHT_FRACTION, height(right), 1e-6);
        assertEquals(0, height(left), 1e-6);
        assertEquals(Colormap.textureU(1), surface().surfaceMesh().getTexCoords().get(2 * right), 1e-6);

        robot.clickOn("#flat");
        assertEquals(0, height(right), 0);
        robot.clickOn("#flat");
        assertEquals(SurfaceMeshBuilder.DEFAULT_HEIGHT_FRACTION, height(right), 1e-6);

        assertFalse(surface().isWireframeShown());
        robot.clickOn("#wireframe");
        assertTrue(surface().isWireframeShown());
    }

    @Test
    void reset_view_undoes_camera_moves(FxRobot robot) {
        robot.interact(() -> view.showField(mesh, "u", field(1)));
        double home = view.cameraRig().distanceProperty().get();
        robot.interact(() -> {
            view.cameraRig().rotateBy(80, 30);
            view.cameraRig().zoomBy(0.5);
        });
        assertEquals(home / 2, view.cameraRig().distanceProperty().get(), 1e-12);
        robot.clickOn("#resetView");
        assertEquals(CameraRig.DEFAULT_AZIMUTH, view.cameraRig().azimuthProperty().get(), 0);
        assertEquals(CameraRig.DEFAULT_TILT, view.cameraRig().tiltProperty().get(), 0);
        assertEquals(home, view.cameraRig().distanceProperty().get(), 0);
    }

    @Test
    void series_frames_move_the_surface_on_one_scale(FxRobot robot) {
        robot.interact(() -> view.showSeries(mesh, "u", new double[] {0, 1}, List.of(field(1), field(2))));
        int right = 10;
        assertEquals(SurfaceMeshBuilder.DEFAULT_HEIGHT_FRACTION, height(right), 1e-6, "u = 2 tops the 0..2 scale");
        robot.interact(() -> ((Slider) view.lookup("#timeSlider")).setValue(0));
        assertEquals(SurfaceMeshBuilder.DEFAULT_HEIGHT_FRACTION / 2, height(right), 1e-6, "u = 1 is half way");
    }

    @Test
    void a_pick_on_the_surface_shows_the_value_there(FxRobot robot) {
        robot.interact(() -> view.showField(mesh, "u", field(1)));
        // view point (0.25, -0.1) is domain (0.75, 0.6)
        robot.interact(() -> surface().probe(new PickResult(surface().surfaceNode(),
                new Point3D(0.25, -0.1, -0.2), 3, 0, new Point2D(0.75, 0.5))));
        String text = ((Label) view.lookup("#probe")).getText();
        assertEquals("x = 0.75, y = 0.6:  u = 0.75", text);
    }

    @Test
    void linked_comparison_cameras_turn_together(FxRobot robot) {
        ComparisonView[] comparison = new ComparisonView[1];
        robot.interact(() -> {
            comparison[0] = new ComparisonView(true);
            comparison[0].show(mesh, field(1), field(1.1));
            comparison[0].referenceView().cameraRig().rotateBy(50, -20);
        });
        double azimuth = comparison[0].referenceView().cameraRig().azimuthProperty().get();
        assertEquals(CameraRig.DEFAULT_AZIMUTH - 20, azimuth, 1e-12);
        assertEquals(azimuth, comparison[0].predictionView().cameraRig().azimuthProperty().get(), 0);
        assertEquals(azimuth, comparison[0].errorView().cameraRig().azimuthProperty().get(), 0);
        assertEquals(comparison[0].referenceView().cameraRig().tiltProperty().get(),
                comparison[0].errorView().cameraRig().tiltProperty().get(), 0);
    }
}
