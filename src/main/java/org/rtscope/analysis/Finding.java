package org.rtscope.analysis;

import java.util.List;

/**
 * A failure pattern that matched, with what it matched on: the shape of a finding in the JSON contract
 * of DESIGN.md. The pattern engine produces these; reports and {@code --fail-on} consume them, so both
 * sides agree on one record rather than on JSON field names.
 *
 * @param pattern     catalog pattern id, e.g. {@code RT_THROTTLE}
 * @param start       nanoseconds on the case clock
 * @param end         nanoseconds on the case clock
 * @param confidence  0–1
 */
public record Finding(String pattern, String title, Severity severity, double confidence, long start, long end,
                      List<Integer> cpus, List<TaskRef> tasks, List<Evidence> evidence, String explanation,
                      List<String> remedies) {

    public Finding {
        cpus = List.copyOf(cpus);
        tasks = List.copyOf(tasks);
        evidence = List.copyOf(evidence);
        remedies = List.copyOf(remedies);
    }

    /** A task a finding is about; {@code pid} is -1 when the source did not tell it. */
    public record TaskRef(int pid, int tid, String comm) {
    }

    /** One line of a source that supports the finding; {@code time} is nanoseconds on the case clock. */
    public record Evidence(String source, long line, long time, String text) {
    }
}
