package org.operatorlab.ui.view;

import javafx.scene.paint.Color;

/** Perceptually uniform colour maps, interpolated between control points. */
public enum Colormap {
    VIRIDIS(new String[] {"#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779",
        "#6ece58", "#b5de2b", "#fde725"}),
    INFERNO(new String[] {"#000004", "#1b0c41", "#4a0c6b", "#781c6d", "#a52c60", "#cf4446", "#ed6925",
        "#fb9b06", "#f7d13d", "#fcffa4"});

    private final Color[] stops;

    Colormap(String[] hex) {
        stops = new Color[hex.length];
        for (int i = 0; i < hex.length; i++) {
            stops[i] = Color.web(hex[i]);
        }
    }

    /** The colour of {@code t} in [0, 1] (clamped). */
    public Color at(double t) {
        double s = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (stops.length - 1);
        int i = Math.min((int) s, stops.length - 2);
        return stops[i].interpolate(stops[i + 1], s - i);
    }
}
