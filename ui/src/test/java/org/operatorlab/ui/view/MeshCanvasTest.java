package org.operatorlab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operatorlab.mesh.grid.GridTriangulation;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Headless (Monocle) check that a field is drawn with the colormap: the lowest value in the map's first colour. */
@ExtendWith(ApplicationExtension.class)
class MeshCanvasTest {
    private MeshCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new MeshCanvas();
        stage.setScene(new Scene(canvas, 400, 400));
        stage.show();
    }

    @Test
    void colours_a_field_from_low_to_high(FxRobot robot) {
        TriangleMesh mesh = GridTriangulation.of(UniformGrid.of(21, 21, 0, 0, 1, 1));
        double[] x = new double[mesh.nodeCount()];
        for (int i = 0; i < x.length; i++) {
            x[i] = mesh.x(i);
        }
        robot.interact(() -> canvas.setField(mesh, "x", x));
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        Color centre = shot[0].getPixelReader().getColor(200, 200);
        assertNotEquals(Color.WHITE, centre, "the mesh interior is coloured");
        assertEquals(400, (int) shot[0].getWidth());
    }
}
