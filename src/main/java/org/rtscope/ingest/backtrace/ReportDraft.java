package org.rtscope.ingest.backtrace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Frame;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StackReport;

/**
 * A {@link StackReport} being read: its frames and attributes grow line by line until the next header
 * closes it. Caps what one report may hold (a runaway recursion printed as a million frames, a binary
 * blob taken for frame memory), so a single bad report cannot exhaust memory; what is dropped is said
 * in the source's warnings.
 */
final class ReportDraft {
    /** Frames kept per report; deeper frames of a runaway recursion are dropped. */
    static final int MAX_FRAMES = 8192;
    /** Characters kept per attribute (frame memory of {@code bt -FF}, locals of {@code bt full}). */
    static final int MAX_ATTRIBUTE_CHARS = 64 * 1024;

    private final String kind;
    private final int firstLine;
    private String title;
    private int lastLine;
    private int stackLine = -1;
    private int cpu = -1;
    private int pid = -1;
    private String comm = "";
    private final List<Frame> frames = new ArrayList<>();
    private final Map<String, StringBuilder> attributes = new LinkedHashMap<>();
    private int droppedFrames;
    private boolean truncatedAttribute;

    ReportDraft(String kind, String title, long line) {
        this.kind = kind;
        this.title = title;
        this.firstLine = (int) line;
        this.lastLine = (int) line;
    }

    String kind() {
        return kind;
    }

    void title(String value) {
        title = value;
    }

    void cpu(int value) {
        cpu = value;
    }

    void pid(int value) {
        pid = value;
    }

    void comm(String value) {
        comm = value;
    }

    /** Extends the report to {@code line}. */
    void touch(long line) {
        lastLine = Math.max(lastLine, (int) line);
    }

    void addFrame(Frame frame, long line) {
        touch(line);
        if (frames.size() >= MAX_FRAMES) {
            droppedFrames++;
            return;
        }
        if (frames.isEmpty()) {
            stackLine = (int) line;
        }
        frames.add(frame);
    }

    int frameCount() {
        return frames.size();
    }

    Frame frame(int index) {
        return frames.get(index);
    }

    void replaceFrame(int index, Frame frame) {
        frames.set(index, frame);
    }

    /** Sets an attribute, replacing an earlier value. */
    void put(String key, String value) {
        StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_ATTRIBUTE_CHARS));
        attributes.put(key, sb);
        appendCapped(sb, value);
    }

    /** Adds a line to an attribute (lines joined with '\n'). */
    void append(String key, CharSequence line) {
        StringBuilder sb = attributes.get(key);
        if (sb == null) {
            sb = new StringBuilder();
            attributes.put(key, sb);
        } else if (sb.length() < MAX_ATTRIBUTE_CHARS) {
            sb.append('\n');
        }
        appendCapped(sb, line);
    }

    boolean has(String key) {
        return attributes.containsKey(key);
    }

    private void appendCapped(StringBuilder sb, CharSequence text) {
        int room = MAX_ATTRIBUTE_CHARS - sb.length();
        if (text.length() <= room) {
            sb.append(text);
        } else {
            if (room > 0) {
                sb.append(text, 0, room);
            }
            truncatedAttribute = true;
        }
    }

    /**
     * The finished report, its attribute keys and values shared through {@code interner}; what the caps
     * dropped is warned about in {@code report}.
     */
    StackReport build(String backtraceKind, Interner interner, SourceReport report) {
        if (droppedFrames > 0) {
            report.warn(firstLine, droppedFrames + " frames beyond the first " + MAX_FRAMES
                    + " of this backtrace were dropped");
        }
        if (truncatedAttribute) {
            report.warn(firstLine, "details of this backtrace longer than " + MAX_ATTRIBUTE_CHARS
                    + " characters were cut");
        }
        Map<String, String> values = new LinkedHashMap<>();
        attributes.forEach((k, v) -> values.put(interner.shared(k), interner.shared(v.toString())));
        Backtrace backtrace = new Backtrace(backtraceKind, frames, stackLine < 0 ? firstLine : stackLine);
        return new StackReport(kind, title, LogStore.NO_TIME, cpu, pid, comm, firstLine, lastLine, backtrace,
                values);
    }
}
