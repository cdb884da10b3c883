package org.rtscope.export.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a box, at spaces where possible, and ends a text that needs
 * more lines than the box has with an ellipsis. The width of a string comes from the caller, so the
 * same code serves any font (and tests need none).
 */
final class TextWrap {
    static final String ELLIPSIS = "…";

    private TextWrap() {
    }

    /** At most {@code maxLines} lines of {@code text}, each at most {@code width} wide by {@code measure}. */
    static List<String> lines(String text, double width, int maxLines, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        if (maxLines < 1) {
            return lines;
        }
        String rest = text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1) {
                lines.add(fit(rest, width, measure));
                return lines;
            }
            int cut = breakAt(rest, width, measure);
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        return lines;
    }

    /** {@code text} if it fits, else its longest prefix that fits with an ellipsis after it. */
    static String fit(String text, double width, ToDoubleFunction<String> measure) {
        if (measure.applyAsDouble(text) <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (measure.applyAsDouble(text.substring(0, mid).stripTrailing() + ELLIPSIS) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + ELLIPSIS;
    }

    /** Length of the first line: up to the last space that fits, else as many characters as fit (at least one). */
    private static int breakAt(String text, double width, ToDoubleFunction<String> measure) {
        if (measure.applyAsDouble(text) <= width) {
            return text.length();
        }
        int space = -1;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            if (measure.applyAsDouble(text.substring(0, i)) > width) {
                break;
            }
            space = i;
        }
        if (space > 0) {
            return space;
        }
        int n = 1;
        while (n < text.length() && measure.applyAsDouble(text.substring(0, n + 1)) <= width) {
            n++;
        }
        return n;
    }
}
