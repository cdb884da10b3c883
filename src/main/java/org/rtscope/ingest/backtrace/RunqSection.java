package org.rtscope.ingest.backtrace;

import java.util.HashMap;
import java.util.Map;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Backtrace;
import org.rtscope.model.StackReport;

/**
 * Reads {@code runq} output into one {@link StackReport#CRASH_RUNQ} report per CPU, so the state of each
 * run queue at the time of the dump is evidence beside the backtraces: which task was current, which
 * RT and CFS tasks were queued behind it (starved tasks of P03 show up here), which task groups were
 * throttled. Handles plain {@code runq} (CFS kernels: {@code RT PRIO_ARRAY} + {@code CFS RB_ROOT}; O(1)
 * kernels: {@code ACTIVE}/{@code EXPIRED PRIO_ARRAY}), {@code runq -g} (task groups with {@code RT_RQ} /
 * {@code CFS_RQ} and {@code (THROTTLED)}), {@code runq -t} (timestamps) and {@code runq -m} (how long the
 * current task has been running).
 *
 * <p>Attributes: {@code RUNQUEUE}, {@code TASK} (of the current task), per queue ({@code RT},
 * {@code CFS}, {@code ACTIVE}, {@code EXPIRED}) {@code "<q> queue"} (one entry per queued task or group:
 * {@code [ 98] PID 1234 "rt_hog"}), {@code "<q> queued"} (how many tasks), {@code "<q> throttled"}
 * (throttled groups); {@code running} and {@code running ns} ({@code -m}); {@code rq clock} and
 * {@code last run} ({@code -t}).
 */
final class RunqSection implements CrashSection {
    private final CrashOutput out;
    private ReportDraft cpu;
    private String queue;
    private String lastPrio = "";
    private final Map<String, Integer> queued = new HashMap<>();

    RunqSection(CrashOutput out) {
        this.out = out;
    }

    @Override
    public void line(byte[] buf, int off, int s, int end, long lineNo) {
        if (s == end || (end - s == 3 && Bytes.startsWith(buf, s, end, "..."))) {
            return;
        }
        if (Bytes.startsWith(buf, s, end, "CPU ") && s + 4 < end && Bytes.isDigit(buf[s + 4])) {
            startCpu(buf, s, end, lineNo);
            return;
        }
        if (cpu == null) {
            out.report.skip(lineNo, "run queue line before any CPU: " + Bytes.excerpt(buf, s, end - s));
            return;
        }
        cpu.touch(lineNo);
        if (Bytes.startsWith(buf, s, end, "CURRENT:")) {
            current(buf, s, end);
        } else if (Bytes.startsWith(buf, s, end, "RT PRIO_ARRAY:")) {
            openQueue("RT", "RT PRIO_ARRAY", buf, s + 14, end);
        } else if (Bytes.startsWith(buf, s, end, "CFS RB_ROOT:")) {
            openQueue("CFS", "CFS RB_ROOT", buf, s + 12, end);
        } else if (Bytes.startsWith(buf, s, end, "ACTIVE PRIO_ARRAY:")) {
            openQueue("ACTIVE", "ACTIVE PRIO_ARRAY", buf, s + 18, end);
        } else if (Bytes.startsWith(buf, s, end, "EXPIRED PRIO_ARRAY:")) {
            openQueue("EXPIRED", "EXPIRED PRIO_ARRAY", buf, s + 19, end);
        } else if (isRootGroup(buf, s, end)) {
            int rt = Bytes.indexOf(buf, s, end, "RT_RQ:");
            int cfs = Bytes.indexOf(buf, s, end, "CFS_RQ:");
            if (rt >= 0) {
                openQueue("RT", "RT_RQ", buf, rt + 6, end);
            } else if (cfs >= 0) {
                openQueue("CFS", "CFS_RQ", buf, cfs + 7, end);
            }
        } else if (Bytes.startsWith(buf, s, end, "[no tasks queued]")) {
            return;
        } else if (queue != null && (buf[s] == '[' || Bytes.startsWith(buf, s, end, "PID:")
                || Bytes.startsWith(buf, s, end, "TASK_GROUP:"))) {
            entry(buf, s, end);
        } else if (Bytes.isDigit(buf[s]) && Bytes.indexOf(buf, s, end, "PID:") > 0) {
            // runq -t: "2680986653330  PID: 28228  TASK: ...  COMMAND: "loop""
            setCurrent(CrashTaskHeader.parse(buf, s, end));
            cpu.put("last run", token(buf, s, end));
        } else {
            out.report.skip(lineNo, "not part of a run queue: " + Bytes.excerpt(buf, s, end - s));
        }
    }

    @Override
    public void finish() {
        closeCpu();
    }

    /** {@code CPU 0 RUNQUEUE: addr}, {@code CPU 3} (-g), {@code CPU 0: 2680990637359} (-t), {@code CPU 0: [0 00:00:00.014]  PID: …} (-m). */
    private void startCpu(byte[] buf, int s, int end, long lineNo) {
        closeCpu();
        cpu = new ReportDraft(StackReport.CRASH_RUNQ, LineText.of(buf, s, end), lineNo);
        cpu.cpu(Bytes.parseInt(buf, s + 4, end, -1));
        int p = s + 4;
        while (p < end && Bytes.isDigit(buf[p])) {
            p++;
        }
        int rest = Bytes.skipSpaces(buf, p + (p < end && buf[p] == ':' ? 1 : 0), end);
        if (Bytes.startsWith(buf, rest, end, "RUNQUEUE:")) {
            cpu.put("RUNQUEUE", token(buf, Bytes.skipSpaces(buf, rest + 9, end), end));
        } else if (Bytes.startsWith(buf, rest, end, "[OFFLINE]")) {
            cpu.put("offline", "yes");
        } else if (rest < end && buf[rest] == '[') {
            int close = Bytes.indexOf(buf, rest, end, "]");
            if (close > rest) {
                String running = LineText.of(buf, rest + 1, close).trim();
                cpu.put("running", running);
                long ns = CrashDuration.nanos(running);
                if (ns >= 0) {
                    cpu.put("running ns", Long.toString(ns));
                }
                setCurrent(CrashTaskHeader.parse(buf, close, end));
            }
        } else if (rest < end && Bytes.isDigit(buf[rest])) {
            cpu.put("rq clock", token(buf, rest, end));
        }
    }

    private void current(byte[] buf, int s, int end) {
        CrashTaskHeader header = CrashTaskHeader.parse(buf, s, end);
        if (header != null) {
            setCurrent(header);
        } else {
            cpu.put("TASK", token(buf, Bytes.skipSpaces(buf, s + 8, end), end));
        }
    }

    private void setCurrent(CrashTaskHeader header) {
        if (header == null) {
            return;
        }
        cpu.pid(header.pid());
        cpu.comm(header.comm());
        if (header.task() != null) {
            cpu.put("TASK", header.task());
        }
    }

    private void openQueue(String name, String key, byte[] buf, int from, int end) {
        queue = name;
        queued.putIfAbsent(name, 0);
        cpu.put(key, token(buf, Bytes.skipSpaces(buf, from, end), end));
    }

    /** {@code [prio] PID: …}, a continuation {@code PID: …} at the same priority, or a task group line. */
    private void entry(byte[] buf, int s, int end) {
        int p = s;
        if (buf[p] == '[') {
            int close = Bytes.indexOf(buf, p, end, "]");
            if (close < 0) {
                return;
            }
            lastPrio = LineText.of(buf, p, close + 1);
            p = Bytes.skipSpaces(buf, close + 1, end);
        }
        if (Bytes.startsWith(buf, p, end, "TASK_GROUP:")) {
            group(buf, p, end);
            return;
        }
        CrashTaskHeader header = CrashTaskHeader.parse(buf, p, end);
        if (header == null) {
            return;
        }
        String current = Bytes.indexOf(buf, p, end, "[CURRENT]") > 0 ? " [CURRENT]" : "";
        cpu.append(queue + " queue", lastPrio + " PID " + header.pid() + " \"" + header.comm() + "\"" + current);
        queued.merge(queue, 1, Integer::sum);
    }

    /** {@code TASK_GROUP: addr  RT_RQ: addr <name> (THROTTLED)} of {@code runq -g}. */
    private void group(byte[] buf, int s, int end) {
        boolean rt = Bytes.indexOf(buf, s, end, "RT_RQ:") > 0;
        String kind = rt ? "RT" : "CFS";
        int open = Bytes.indexOf(buf, s, end, "<");
        int close = open < 0 ? -1 : Bytes.indexOf(buf, open, end, ">");
        String name = close > open ? LineText.of(buf, open, close + 1) : token(buf, Bytes.skipSpaces(buf, s + 11, end), end);
        boolean throttled = Bytes.indexOf(buf, s, end, "(THROTTLED)") > 0;
        queue = kind;
        queued.putIfAbsent(kind, 0);
        cpu.append(kind + " queue", (rt ? lastPrio + " " : "") + "group " + name + (throttled ? " (THROTTLED)" : ""));
        if (throttled) {
            cpu.append(kind + " throttled", name);
        }
    }

    /** {@code ROOT_TASK_GROUP: addr  RT_RQ: addr} / {@code INIT_TASK_GROUP: …  CFS_RQ: …}. */
    private static boolean isRootGroup(byte[] buf, int s, int end) {
        int colon = Bytes.indexOf(buf, s, end, "_TASK_GROUP:");
        return colon > s && Bytes.indexOf(buf, s, colon, " ") < 0;
    }

    private void closeCpu() {
        if (cpu != null) {
            queued.forEach((name, count) -> cpu.put(name + " queued", Integer.toString(count)));
            out.reports.add(cpu, Backtrace.KERNEL);
        }
        cpu = null;
        queue = null;
        lastPrio = "";
        queued.clear();
    }

    private static String token(byte[] buf, int from, int end) {
        return LineText.of(buf, from, Bytes.tokenEnd(buf, from, end));
    }

}
