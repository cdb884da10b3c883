package org.rtscope.analysis;

import java.util.List;

/**
 * A failure pattern that matched, with what it matched on: the shape of a finding in the JSON contract
 * of DESIGN.md. The pattern engine produces these; reports, the inspector and {@code --fail-on} consume
 * them, so all sides agree on one record rather than on JSON field names.
 *
 * @param pattern     catalog pattern id, e.g. {@code RT_THROTTLE}
 * @param start       nanoseconds on the case clock, or {@link #NO_TIME} when only wall-clock logs matched
 * @param end         nanoseconds on the case clock, or {@link #NO_TIME}
 * @param confidence  0–1
 * @param references  where to read more (man pages, kernel documentation, commits)
 * @param count       how many reports of this one failure were grouped into the finding (≥ 1)
 * @param cause       the likely cause the evidence points to, or null when the pattern's causes did not match
 */
public record Finding(String pattern, String title, Severity severity, double confidence, long start, long end,
                      List<Integer> cpus, List<TaskRef> tasks, List<Evidence> evidence, String explanation,
                      List<String> remedies, List<String> references, int count, String cause) {
    /** Marks an unknown time. */
    public static final long NO_TIME = Long.MIN_VALUE;

    public Finding {
        cpus = List.copyOf(cpus);
        tasks = List.copyOf(tasks);
        evidence = List.copyOf(evidence);
        remedies = List.copyOf(remedies);
        references = List.copyOf(references);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
    }

    /** A finding of one report, without references or cause (the original shape of the record). */
    public Finding(String pattern, String title, Severity severity, double confidence, long start, long end,
                   List<Integer> cpus, List<TaskRef> tasks, List<Evidence> evidence, String explanation,
                   List<String> remedies) {
        this(pattern, title, severity, confidence, start, end, cpus, tasks, evidence, explanation, remedies, List.of(), 1,
                null);
    }

    /** True when the finding's time range is known. */
    public boolean hasTime() {
        return start != NO_TIME;
    }

    /** A task a finding is about; {@code pid} is -1 when the source did not tell it. */
    public record TaskRef(int pid, int tid, String comm) {
    }

    /**
     * One line of a source that supports the finding; {@code time} is nanoseconds on the source's clock, or
     * {@link #NO_TIME} when the line has no boot-clock time.
     */
    public record Evidence(String source, long line, long time, String text) {
    }
}
