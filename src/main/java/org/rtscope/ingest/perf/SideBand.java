package org.rtscope.ingest.perf;

import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StringPool;
import org.rtscope.model.TaskTable;
import org.rtscope.model.TraceBuilder;

/**
 * The {@code PERF_RECORD_*} lines {@code perf script --show-task-events / --show-lost-events /
 * --show-switch-events / --show-namespace-events …} prints between samples. They are not samples:
 * task events teach the task table who is who, lost records are warnings (the trace has a hole
 * there, CATALOG §6), the rest is bookkeeping with nothing for the timeline.
 * <pre>
 *   PERF_RECORD_COMM: sleep:5969/5969            PERF_RECORD_COMM exec: sleep:5969/5969
 *   PERF_RECORD_FORK(9800:9800):(3870:3870)      PERF_RECORD_EXIT(5969:5969):(5969:5969)
 *   PERF_RECORD_LOST lost 1234                   PERF_RECORD_LOST_SAMPLES lost 12
 * </pre>
 */
final class SideBand {
    private final StringPool pool;
    private final TaskTable.Builder tasks;
    private final SourceReport report;

    SideBand(TraceBuilder builder, SourceReport report) {
        this.pool = builder.strings();
        this.tasks = builder.tasks();
        this.report = report;
    }

    /** Handles the record named at {@code nameStart} whose line ends at {@code end}. */
    void record(byte[] buf, int nameStart, int end, SampleHeader header, long lineNo) {
        int kind = nameStart + "PERF_RECORD_".length();
        if (Bytes.startsWith(buf, kind, end, "COMM")) {
            comm(buf, kind + 4, end);
        } else if (Bytes.startsWith(buf, kind, end, "FORK(")) {
            fork(buf, kind + 5, end, header);
        } else if (Bytes.startsWith(buf, kind, end, "EXIT(")) {
            pidTid(buf, kind + 5, end);
        } else if (Bytes.startsWith(buf, kind, end, "LOST")) {
            report.warn(lineNo, "perf lost events here, the trace has a gap: " + Bytes.excerpt(buf, nameStart,
                    end - nameStart));
        }
    }

    /** "[ exec]: comm:pid/tid" */
    private void comm(byte[] buf, int from, int end) {
        int colon = Bytes.indexOf(buf, from, end, ": ");
        if (colon < 0) {
            return;
        }
        int s = colon + 2;
        int e = Bytes.trimEnd(buf, s, end);
        int sep = Bytes.lastIndexOf(buf, s, e, (byte) ':');
        int slash = sep < 0 ? -1 : Bytes.lastIndexOf(buf, sep, e, (byte) '/');
        if (sep < 0 || slash < 0) {
            return;
        }
        int pid = Bytes.parseInt(buf, sep + 1, slash, -1);
        int tid = Bytes.parseInt(buf, slash + 1, e, -1);
        if (tid > 0 && sep > s) {
            tasks.comm(tid, buf, s, sep - s);
            tasks.pid(tid, pid);
        }
    }

    /** "pid:tid):(ppid:ptid)": the child inherits the comm of the line's task until it execs. */
    private void fork(byte[] buf, int from, int end, SampleHeader header) {
        int child = pidTid(buf, from, end);
        if (child > 0 && tasks.commOf(child) == StringPool.EMPTY && header.commEnd > header.commStart) {
            tasks.comm(child, pool.intern(buf, header.commStart, header.commEnd - header.commStart));
        }
    }

    /** Reads "pid:tid)" at {@code from}, records the thread group and returns the tid (or -1). */
    private int pidTid(byte[] buf, int from, int end) {
        int colon = Bytes.indexOf(buf, from, end, ":");
        if (colon < 0) {
            return -1;
        }
        int pid = Bytes.parseInt(buf, from, colon, -1);
        int tid = Bytes.parseInt(buf, colon + 1, end, -1);
        tasks.pid(tid, pid);
        return tid;
    }
}
