package org.rtscope.export.report;

import java.util.List;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.Severity;

/**
 * One numbered annotation of the report: a finding (numbered 1, 2, …) or a note on a time (N1, N2,
 * …), where it points on the timeline and what its text box says.
 *
 * @param severity null for a note
 * @param start    ns on the case clock, or {@link Finding#NO_TIME}
 * @param end      ns on the case clock (equal to start for an instant), or {@link Finding#NO_TIME}
 * @param cpus     the lanes it concerns; empty for all
 * @param badge    short classification shown beside the title ("CRITICAL · 95 %"), empty for notes
 */
record Callout(String label, Severity severity, long start, long end, List<Integer> cpus, String title, String badge,
               List<Row> rows) {

    Callout {
        cpus = List.copyOf(cpus);
        rows = List.copyOf(rows);
    }

    /** One line of the text box: a key ("when", "where", "evidence", "remedy", "note") and its text. */
    record Row(String key, String text) {
    }

    boolean isNote() {
        return severity == null;
    }

    /** False for a finding only wall-clock logs matched: it has no place on the timeline. */
    boolean hasTime() {
        return start != Finding.NO_TIME;
    }
}
