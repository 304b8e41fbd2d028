package org.operatorlab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ColormapTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void maps_run_between_their_published_end_colours() {
        assertEquals(Color.web("#440154"), Colormap.VIRIDIS.at(0));
        assertEquals(Color.web("#fde725"), Colormap.VIRIDIS.at(1));
        assertEquals(Color.web("#0d0887"), Colormap.PLASMA.at(-3), "clamped");
        assertEquals(Color.web("#b40426"), Colormap.COOLWARM.at(1));
        // the diverging map is nearly neutral grey in the middle
        Color mid = Colormap.COOLWARM.at(0.5);
        assertTrue(mid.getSaturation() < 0.15, "coolwarm centre " + mid);
        assertEquals(0xff440154, Colormap.VIRIDIS.argb(0));
    }

    @Test
    void the_texture_shows_at_t_where_texture_u_points(FxRobot robot) {
        robot.interact(() -> {
            Image strip = Colormap.INFERNO.texture();
            int w = (int) strip.getWidth();
            assertEquals(Colormap.TEXTURE_WIDTH, w);
            for (double t : new double[] {0, 0.3, 0.77, 1}) {
                // nearest texel to u; with linear filtering the colour at u is within one texel step of it
                int texel = (int) Math.floor(Colormap.textureU(t) * w);
                Color c = strip.getPixelReader().getColor(Math.min(w - 1, texel), 0);
                Color expected = Colormap.INFERNO.at(t);
                assertEquals(expected.getRed(), c.getRed(), 0.02, "t = " + t);
                assertEquals(expected.getGreen(), c.getGreen(), 0.02, "t = " + t);
                assertEquals(expected.getBlue(), c.getBlue(), 0.02, "t = " + t);
            }
            assertEquals(0.5 / w, Colormap.textureU(0), 1e-12, "centre of the first texel");
            assertEquals(1 - 0.5 / w, Colormap.textureU(1), 1e-12, "centre of the last texel");
        });
    }
}
