package org.operatorlab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The orbit camera's arithmetic and linking (the camera and transforms exist without a 3D pipeline). */
@ExtendWith(ApplicationExtension.class)
class CameraRigTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void linked_rigs_move_together_and_reset_together(FxRobot robot) {
        robot.interact(() -> {
            CameraRig a = new CameraRig();
            CameraRig b = new CameraRig();
            b.link(a);
            a.rotateBy(100, 0);
            assertEquals(CameraRig.DEFAULT_AZIMUTH - 40, b.azimuthProperty().get(), 1e-12);
            b.zoomBy(0.5);
            assertEquals(CameraRig.DEFAULT_DISTANCE / 2, a.distanceProperty().get(), 1e-12);
            assertEquals(-CameraRig.DEFAULT_DISTANCE / 2, a.camera().getTranslateZ(), 1e-12);
            a.panBy(50, 0, 500);
            assertEquals(a.panXProperty().get(), b.panXProperty().get(), 0);
            // 50 of 500 pixels at distance d with a 30 degree field of view
            assertEquals(0.1 * 2 * (CameraRig.DEFAULT_DISTANCE / 2) * Math.tan(Math.toRadians(15)),
                    b.panXProperty().get(), 1e-12);
            b.reset();
            assertEquals(CameraRig.DEFAULT_TILT, a.tiltProperty().get(), 0);
            assertEquals(0, a.panXProperty().get(), 0);
        });
    }

    @Test
    void tilt_stays_between_top_and_side_view_and_zoom_within_limits(FxRobot robot) {
        robot.interact(() -> {
            CameraRig rig = new CameraRig();
            rig.rotateBy(0, 1e4);
            assertEquals(0, rig.tiltProperty().get(), 0, "top view");
            rig.rotateBy(0, -1e4);
            assertEquals(-90, rig.tiltProperty().get(), 0, "side view");
            rig.zoomBy(1e-6);
            assertEquals(0.3, rig.distanceProperty().get(), 1e-12);
            // home fits a sphere of radius 0.75 in the 30 degree field of view
            rig.setHomeDistanceFor(0.75);
            rig.reset();
            assertEquals(0.75 / Math.sin(Math.toRadians(15)), rig.distanceProperty().get(), 1e-12);
        });
    }

    @Test
    void heights_point_up_the_screen_after_the_default_tilt(FxRobot robot) {
        robot.interact(() -> {
            CameraRig rig = new CameraRig();
            Group world = new Group();
            rig.attach(world);
            rig.azimuthProperty().set(0);
            // a point raised towards the camera (-Z) shows higher on screen (-Y), the domain's far side recedes (+Z)
            Point3D raised = world.localToParent(new Point3D(0, 0, -1));
            Point3D far = world.localToParent(new Point3D(0, -1, 0));
            assertEquals(-Math.sin(Math.toRadians(55)), raised.getY(), 1e-9);
            assertEquals(Math.sin(Math.toRadians(55)), far.getZ(), 1e-9);
        });
    }
}
