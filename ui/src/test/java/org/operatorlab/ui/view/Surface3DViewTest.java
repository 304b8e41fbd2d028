package org.operatorlab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.input.PickResult;
import javafx.scene.shape.Rectangle;
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
 * The 3D probe's conversion from a picked surface point to the domain point. (Picking itself needs a 3D
 * pipeline, which headless tests lack; under Xvfb with -Dprism.forceGPU=true the mouse finds the
 * domain centre at the view's centre from straight above.)
 */
@ExtendWith(ApplicationExtension.class)
class Surface3DViewTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void a_pick_on_the_surface_reports_its_domain_point_and_a_pick_elsewhere_none(FxRobot robot) {
        TriangleMesh mesh = GridTriangulation.of(UniformGrid.of(11, 11, 2, 1, 4, 3));
        double[] u = new double[mesh.nodeCount()];
        for (int i = 0; i < u.length; i++) {
            u[i] = mesh.x(i);
        }
        double[] probed = {0, 0};
        robot.interact(() -> {
            Surface3DView view = new Surface3DView();
            view.setOnProbe((x, y) -> {
                probed[0] = x;
                probed[1] = y;
            });
            view.setGeometry(SurfaceMeshBuilder.build(mesh, u, ValueRange.of(u), 0.35));
            // view units: the 2 x 2 domain is 1 unit wide, centred at (3, 2), y up = -Y, heights along -Z
            view.probe(new PickResult(view.surfaceNode(), new Point3D(0.25, -0.25, -0.3), 5, 0, new Point2D(0.5, 0.5)));
            assertEquals(3.5, probed[0], 1e-12);
            assertEquals(2.5, probed[1], 1e-12);
            view.probe(new PickResult(new Rectangle(), new Point3D(0, 0, 0), 5, 0, null));
            assertTrue(Double.isNaN(probed[0]) && Double.isNaN(probed[1]), "off the surface");
        });
    }
}
