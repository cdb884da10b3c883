package org.rtscope.ui;

import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.paint.Color;

/** JavaFX colours for 0xRRGGBB ints, made once each: painters group by int colour and look the paint up here. */
final class RgbColors {
    private static final ConcurrentHashMap<Integer, Color> COLORS = new ConcurrentHashMap<>();

    private RgbColors() {
    }

    static Color of(int rgb) {
        return COLORS.computeIfAbsent(rgb, c -> Color.rgb(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF));
    }
}
