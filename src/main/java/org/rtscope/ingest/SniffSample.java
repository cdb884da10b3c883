package org.rtscope.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The first lines of a file (BOM removed, CR stripped), decoded once for all {@link FormatProbe}s. */
public final class SniffSample {
    /** At most this many lines are looked at. */
    public static final int MAX_LINES = 200;

    private final List<String> lines;

    public SniffSample(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] split = text.split("\r?\n", MAX_LINES + 1);
        int n = Math.min(split.length, MAX_LINES);
        // the last piece may be a cut line when the head is shorter than the file
        if (split.length > 1 && n == split.length && !text.endsWith("\n")) {
            n--;
        }
        this.lines = List.of(split).subList(0, Math.max(n, 0));
    }

    public List<String> lines() {
        return lines;
    }

    /** The first non-blank lines, up to {@code max}. */
    public List<String> firstNonBlank(int max) {
        return lines.stream().filter(l -> !l.isBlank()).limit(max).toList();
    }
}
