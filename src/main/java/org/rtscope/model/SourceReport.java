package org.rtscope.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What importing one file produced besides its data: the format, how many lines and events were read,
 * how many lines were skipped, and the first warnings with their line numbers (capped, so a binary
 * file does not produce a million messages; {@link #skipped()} still counts them all).
 */
public final class SourceReport {
    /** At most this many warnings are kept per source. */
    public static final int MAX_WARNINGS = 100;

    private final String path;
    private SourceFormat format;
    private long lines;
    private long events;
    private long skipped;
    private boolean cancelled;
    private final List<ImportWarning> warnings = new ArrayList<>();

    public SourceReport(String path, SourceFormat format) {
        this.path = path;
        this.format = format;
    }

    public String path() {
        return path;
    }

    public SourceFormat format() {
        return format;
    }

    public void format(SourceFormat value) {
        format = value;
    }

    public long lines() {
        return lines;
    }

    public void lines(long value) {
        lines = value;
    }

    public long events() {
        return events;
    }

    public void events(long value) {
        events = value;
    }

    public long skipped() {
        return skipped;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public void markCancelled() {
        cancelled = true;
        warn(0, "import cancelled; showing what was read until then");
    }

    /** Counts a line that could not be used and remembers why. */
    public void skip(long line, String message) {
        skipped++;
        warn(line, message);
    }

    /** Records a warning that does not drop a line. */
    public void warn(long line, String message) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(new ImportWarning(line, message));
        }
    }

    /**
     * Adds the counts and warnings of a report made for a later part of the same file, whose line
     * numbers start after {@code lineOffset} lines.
     */
    public void absorb(SourceReport part, long lineOffset) {
        lines += part.lines;
        skipped += part.skipped;
        cancelled |= part.cancelled;
        for (ImportWarning w : part.warnings) {
            warn(w.line() == 0 ? 0 : w.line() + lineOffset, w.message());
        }
    }

    public List<ImportWarning> warnings() {
        return Collections.unmodifiableList(warnings);
    }
}
