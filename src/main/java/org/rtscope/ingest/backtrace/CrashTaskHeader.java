package org.rtscope.ingest.backtrace;

import java.nio.charset.StandardCharsets;
import org.rtscope.ingest.text.Bytes;

/**
 * crash's task identification, printed by {@code bt}, {@code ps -m}, {@code runq} and others:
 * {@code PID: 286    TASK: c0b3a000  CPU: 0   COMMAND: "in.rlogind"} ({@code CPU} is absent in
 * {@code runq} lines and may be {@code -} for a task that never ran).
 *
 * @param pid  the task id, or -1
 * @param task the task_struct address as printed, or null
 * @param cpu  the CPU, or -1
 * @param comm the command name, or empty
 */
record CrashTaskHeader(int pid, String task, int cpu, String comm) {

    /** Parses the fields from {@code buf[from, end)}; null when there is no {@code PID:} field. */
    static CrashTaskHeader parse(byte[] buf, int from, int end) {
        int pidAt = Bytes.indexOf(buf, from, end, "PID:");
        if (pidAt < 0) {
            return null;
        }
        int pid = Bytes.parseInt(buf, Bytes.skipSpaces(buf, pidAt + 4, end), end, -1);
        String task = null;
        int taskAt = Bytes.indexOf(buf, pidAt, end, "TASK:");
        if (taskAt >= 0) {
            int s = Bytes.skipSpaces(buf, taskAt + 5, end);
            int e = Bytes.tokenEnd(buf, s, end);
            task = e > s ? new String(buf, s, e - s, StandardCharsets.US_ASCII) : null;
        }
        int cpu = -1;
        int cpuAt = Bytes.indexOf(buf, pidAt, end, "CPU:");
        if (cpuAt >= 0) {
            cpu = Bytes.parseInt(buf, Bytes.skipSpaces(buf, cpuAt + 4, end), end, -1);
        }
        String comm = "";
        int commandAt = Bytes.indexOf(buf, pidAt, end, "COMMAND:");
        if (commandAt >= 0) {
            int open = Bytes.indexOf(buf, commandAt, end, "\"");
            int close = open < 0 ? -1 : Bytes.lastIndexOf(buf, open + 1, end, (byte) '"');
            if (close > open) {
                comm = new String(buf, open + 1, close - open - 1, StandardCharsets.UTF_8);
            }
        }
        return new CrashTaskHeader(pid, task, cpu, comm);
    }
}
