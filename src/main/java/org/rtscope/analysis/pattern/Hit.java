package org.rtscope.analysis.pattern;

import java.util.List;
import java.util.Map;
import org.rtscope.analysis.Finding;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;

/**
 * One match of one clue: when and where it happened, which task it is about, the values it captured
 * (named regex groups, detector figures) and the source lines that show it.
 *
 * @param start    nanoseconds on its source's clock, or {@link #NO_TIME} when the source has no boot-clock time
 * @param end      same clock; equals {@code start} for a point
 * @param cpu      the CPU it is about, or -1
 * @param tid      the thread it is about, or -1
 * @param pid      that thread's process, or -1
 * @param comm     that thread's name, or empty
 * @param values   named values for titles and explanations ({@code {comm}}, {@code {seconds}}, …)
 * @param record   the log record it matched (index into its source's logs), or -1
 * @param report   the report it matched, or null
 */
public record Hit(SourceRef source, long start, long end, int cpu, int tid, int pid, String comm,
                  Map<String, String> values, List<Finding.Evidence> evidence, int record, StackReport report) {
    /** Marks an unknown time. */
    public static final long NO_TIME = LogStore.NO_TIME;

    public Hit {
        comm = comm == null ? "" : comm;
        values = Map.copyOf(values);
        evidence = List.copyOf(evidence);
    }

    /** A hit that is not a log record or a report (trace events, derived facts). */
    public Hit(SourceRef source, long start, long end, int cpu, int tid, int pid, String comm,
               Map<String, String> values, List<Finding.Evidence> evidence) {
        this(source, start, end, cpu, tid, pid, comm, values, evidence, -1, null);
    }

    public boolean hasTime() {
        return start != NO_TIME;
    }

    /** True when the hit names a task. */
    public boolean hasTask() {
        return tid > 0 || pid > 0 || !comm.isEmpty();
    }

    /** True when both name a task and it is the same one (by tid, else pid, else name). */
    public static boolean sameTask(int tidA, int pidA, String commA, int tidB, int pidB, String commB) {
        if (tidA > 0 && tidB > 0) {
            return tidA == tidB || pidA > 0 && pidA == pidB || tidA == pidB || pidA == tidB;
        }
        if (pidA > 0 && pidB > 0) {
            return pidA == pidB;
        }
        return !commA.isEmpty() && commA.equals(commB);
    }
}
