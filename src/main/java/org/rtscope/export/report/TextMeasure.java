package org.rtscope.export.report;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Widths of strings in one font, measured by JavaFX's text layout and cached (wrapping measures many prefixes). */
final class TextMeasure {
    private final Font font;
    private final Text probe = new Text();
    private final Map<String, Double> cache = new HashMap<>();

    TextMeasure(Font font) {
        this.font = font;
        probe.setFont(font);
    }

    Font font() {
        return font;
    }

    double width(String s) {
        return cache.computeIfAbsent(s, key -> {
            probe.setText(key);
            return probe.getLayoutBounds().getWidth();
        });
    }

    /** Height of one line of this font. */
    double lineHeight() {
        return Math.ceil(font.getSize() * 1.32);
    }
}
