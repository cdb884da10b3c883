package org.rtscope.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The content of a {@code .rtscope} case file: what a user needs to pick an investigation up again or
 * hand it to a colleague — the sources (where they are, their format, the clock offset that put each
 * on the case clock), the markers and notes the user placed, and what was on screen.
 *
 * <p>Times are seconds on the case clock, as in every JSON rtscope writes; a double holds a boot-time
 * stamp to well below a nanosecond. Unknown fields are ignored on reading, so an older rtscope opens a
 * newer file's sources even when it cannot use everything in it.
 *
 * @param format  always {@link #FORMAT}: tells a case file from any other JSON
 * @param version {@link #VERSION} when written by this build
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "sources", "markers", "notes", "view"})
public record CaseDocument(String format, int version, List<SourceEntry> sources, List<Marker> markers,
                           List<Note> notes, ViewState view) {
    public static final String FORMAT = "rtscope-case";
    public static final int VERSION = 1;

    public CaseDocument {
        sources = sources == null ? List.of() : List.copyOf(sources);
        markers = markers == null ? List.of() : List.copyOf(markers);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A document of this build's version. */
    public static CaseDocument of(List<SourceEntry> sources, List<Marker> markers, List<Note> notes, ViewState view) {
        return new CaseDocument(FORMAT, VERSION, sources, markers, notes, view);
    }

    /**
     * One source file.
     *
     * @param path         relative to the case file's directory when the file is below or beside it, else absolute
     * @param absolutePath where the file was when the case was saved (tried when {@code path} is not found)
     * @param format       the format id it was read as ({@code trace-cmd}, {@code dmesg}, ...)
     * @param clockOffset  seconds added to the source's own times to put it on the case clock
     */
    @JsonPropertyOrder({"path", "absolutePath", "format", "clockOffset"})
    public record SourceEntry(String path, String absolutePath, String format, double clockOffset) {
    }

    /** A time the user marked, with its label ("A", "B", or what they typed). */
    public record Marker(double time, String label) {
    }

    /**
     * A note the user typed, attached to a time or to a finding (exactly one of them).
     *
     * @param time    seconds on the case clock, or null for a note on a finding
     * @param finding the finding the note is about, or null for a note on a time
     */
    @JsonPropertyOrder({"text", "time", "finding"})
    public record Note(String text, Double time, FindingRef finding) {
    }

    /**
     * Names a finding across sessions: findings are recomputed on every load, and a pattern matched at
     * a start time is the same finding again.
     */
    public record FindingRef(String pattern, double start) {
    }

    /**
     * What was on screen: the visible range and the selection.
     *
     * @param selection null when nothing was selected
     */
    @JsonPropertyOrder({"start", "end", "selection"})
    public record ViewState(double start, double end, SelectionRef selection) {
    }

    /** A selected run slice ({@code cpu} and {@code slice}) or trace event ({@code event}) of the shown trace. */
    public record SelectionRef(Integer cpu, Integer slice, Integer event) {
    }
}
