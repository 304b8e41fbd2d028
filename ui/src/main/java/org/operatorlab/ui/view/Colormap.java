package org.operatorlab.ui.view;

import java.util.Locale;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Colour maps, interpolated linearly between evenly spaced control points (ten samples of matplotlib's
 * maps). The sequential maps are perceptually uniform; {@link #COOLWARM} is diverging, for errors.
 */
public enum Colormap {
    VIRIDIS("#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779",
            "#6ece58", "#b5de2b", "#fde725"),
    PLASMA("#0d0887", "#46039f", "#7201a8", "#9c179e", "#bd3786", "#d8576b", "#ed7953",
            "#fb9f3a", "#fdca26", "#f0f921"),
    INFERNO("#000004", "#1b0c41", "#4a0c6b", "#781c6d", "#a52c60", "#cf4446", "#ed6925",
            "#fb9b06", "#f7d13d", "#fcffa4"),
    CIVIDIS("#00204d", "#00336f", "#39486b", "#575d6d", "#707173", "#8a8779", "#a69d75",
            "#c4b56c", "#e4cf5b", "#fee838"),
    COOLWARM("#3b4cc0", "#5d7ce6", "#82a6fb", "#aac7fd", "#cdd9ec", "#ead4c8", "#f7b89c",
            "#f18d6f", "#d95847", "#b40426");

    /** Texels of the colour strip used as the 3D surface's texture: enough that neighbours differ by < 1 %. */
    public static final int TEXTURE_WIDTH = 256;

    private final Color[] stops;

    Colormap(String... hex) {
        stops = new Color[hex.length];
        for (int i = 0; i < hex.length; i++) {
            stops[i] = Color.web(hex[i]);
        }
    }

    /** The colour of {@code t} in [0, 1] (clamped; NaN counts as 0). */
    public Color at(double t) {
        double s = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (stops.length - 1);
        int i = Math.min((int) s, stops.length - 2);
        return stops[i].interpolate(stops[i + 1], s - i);
    }

    /** {@link #at} as an opaque ARGB int, for pixel writers. */
    public int argb(double t) {
        Color c = at(t);
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    /**
     * The texture coordinate u showing {@code at(t)} in {@link #texture()}: t in [0, 1] (clamped) lands
     * between the centres of the first and last texel. Never 0 or 1 exactly, because JavaFX textures
     * repeat: the texture's ends would blend the map's two end colours.
     */
    public static double textureU(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        return (0.5 + clamped * (TEXTURE_WIDTH - 1)) / TEXTURE_WIDTH;
    }

    /**
     * A horizontal colour strip, {@link #TEXTURE_WIDTH} texels wide: texel i holds {@code at(i / (width − 1))},
     * so linear filtering at {@link #textureU}(t) gives {@code at(t)} up to the map's curvature over a texel.
     */
    public Image texture() {
        WritableImage image = new WritableImage(TEXTURE_WIDTH, 2);
        PixelWriter writer = image.getPixelWriter();
        for (int i = 0; i < TEXTURE_WIDTH; i++) {
            int argb = argb(i / (TEXTURE_WIDTH - 1.0));
            writer.setArgb(i, 0, argb);
            writer.setArgb(i, 1, argb);
        }
        return image;
    }

    /** The name shown in the colormap chooser. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
