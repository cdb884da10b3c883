package org.rtscope.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text in one font, once per string; labels repeat from frame to frame. */
final class TextWidths {
    private final Text probe = new Text();
    private final Map<String, Double> cache = new HashMap<>();
    private final Font font;

    TextWidths(Font font) {
        this.font = font;
        probe.setFont(font);
    }

    Font font() {
        return font;
    }

    double width(String s) {
        if (cache.size() > 20_000) {
            cache.clear();
        }
        return cache.computeIfAbsent(s, key -> {
            probe.setText(key);
            return probe.getLayoutBounds().getWidth();
        });
    }

    /** {@code s} if it fits in {@code room} px, else its longest prefix that fits with an ellipsis, else null. */
    String fit(String s, double room) {
        if (room <= 6) {
            return null;
        }
        if (width(s) <= room) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(s.substring(0, mid) + "…") <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo >= 3 ? s.substring(0, lo) + "…" : null;
    }
}
