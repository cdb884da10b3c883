package org.rtscope.ingest.backtrace;

import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Backtrace;
import org.rtscope.model.StackReport;

/**
 * Reads {@code ps} output into one {@link StackReport#CRASH_PS} report per task: the table of plain
 * {@code ps} ({@code PID PPID CPU TASK ST %MEM VSZ RSS COMM}, {@code >} marking the task active on its
 * CPU), the per-task lines of {@code ps -m} ({@code [ 0 00:00:00.003] [RU]  PID: …}: time since the task
 * last ran, the starvation evidence of P03) and {@code ps -l} ({@code [2680990637359] [RU]  PID: …}: the
 * timestamp of its last run), and the detail blocks of {@code ps -t} / {@code ps -a} under a task header.
 *
 * <p>Attributes: {@code state} ({@code RU}, {@code IN}, {@code UN}, …), {@code PPID}, {@code TASK},
 * {@code active}, {@code since last run} and {@code since last run ns} ({@code -m}), {@code last run}
 * ({@code -l}), and {@code KEY: value} detail lines ({@code RUN TIME}, {@code ARG}, …).
 */
final class PsSection implements CrashSection {
    private final CrashOutput out;
    private ReportDraft task;
    private String lastKey;

    PsSection(CrashOutput out) {
        this.out = out;
    }

    @Override
    public void line(byte[] buf, int off, int s, int end, long lineNo) {
        if (s == end || (end - s == 3 && Bytes.startsWith(buf, s, end, "..."))) {
            return;
        }
        if (Bytes.startsWith(buf, s, end, "PID ") && Bytes.indexOf(buf, s, end, "PPID") > 0) {
            return;
        }
        if (Bytes.startsWith(buf, s, end, "CPU:") && Bytes.indexOf(buf, s, end, "PID:") < 0) {
            // ps -m -C: "CPU: 0" heads each CPU's tasks
            return;
        }
        if (buf[s] == '[') {
            timedTask(buf, s, end, lineNo);
        } else if (Bytes.startsWith(buf, s, end, "PID:")) {
            headedTask(buf, s, end, lineNo);
        } else if (buf[s] == '>' || Bytes.isDigit(buf[s])) {
            tableRow(buf, s, end, lineNo);
        } else if (task != null && isDetail(buf, s, end)) {
            detail(buf, s, end, lineNo);
        } else if (task != null && lastKey != null && s > off) {
            // ps -a: further ENV= lines under the first
            task.append(lastKey, LineText.of(buf, s, end));
            task.touch(lineNo);
        } else {
            out.report.skip(lineNo, "not part of a task list: " + Bytes.excerpt(buf, s, end - s));
        }
    }

    @Override
    public void finish() {
        close();
    }

    /** {@code [ 0 00:00:00.003] [RU]  PID: 1205 TASK: dee03f20 CPU: 0 COMMAND: "insmod"}. */
    private void timedTask(byte[] buf, int s, int end, long lineNo) {
        int close = Bytes.indexOf(buf, s, end, "]");
        int stateOpen = close < 0 ? -1 : Bytes.indexOf(buf, close, end, "[");
        int stateClose = stateOpen < 0 ? -1 : Bytes.indexOf(buf, stateOpen, end, "]");
        CrashTaskHeader header = stateClose < 0 ? null : CrashTaskHeader.parse(buf, stateClose, end);
        if (header == null) {
            out.report.skip(lineNo, "not a ps -m/-l task line: " + Bytes.excerpt(buf, s, end - s));
            return;
        }
        start(header, buf, s, end, lineNo);
        String when = LineText.of(buf, s + 1, close).trim();
        task.put("state", LineText.of(buf, stateOpen + 1, stateClose));
        long ns = CrashDuration.nanos(when);
        if (ns >= 0) {
            task.put("since last run", when);
            task.put("since last run ns", Long.toString(ns));
        } else {
            task.put("last run", when);
        }
    }

    /** A task header followed by {@code ps -t} / {@code ps -a} detail lines. */
    private void headedTask(byte[] buf, int s, int end, long lineNo) {
        start(CrashTaskHeader.parse(buf, s, end), buf, s, end, lineNo);
    }

    /** {@code >   700    688   1  f9d62000  RU   0.0  1048   256  gen12}. */
    private void tableRow(byte[] buf, int s, int end, long lineNo) {
        boolean active = buf[s] == '>';
        String[] f = LineText.of(buf, active ? s + 1 : s, end).trim().split("\\s+", 9);
        if (f.length < 9 || !f[0].chars().allMatch(Character::isDigit)) {
            out.report.skip(lineNo, "not a ps row: " + Bytes.excerpt(buf, s, end - s));
            return;
        }
        String comm = f[8].startsWith("[") && f[8].endsWith("]") ? f[8].substring(1, f[8].length() - 1) : f[8];
        int cpu = parseInt(f[2]);
        start(new CrashTaskHeader(parseInt(f[0]), f[3], cpu, comm), buf, s, end, lineNo);
        task.put("PPID", f[1]);
        task.put("state", f[4]);
        if (active) {
            task.put("active", "yes");
        }
    }

    private void start(CrashTaskHeader header, byte[] buf, int s, int end, long lineNo) {
        close();
        task = new ReportDraft(StackReport.CRASH_PS, LineText.of(buf, s, end), lineNo);
        task.pid(header.pid());
        task.cpu(header.cpu());
        task.comm(out.interner.text(header.comm()));
        if (header.task() != null) {
            task.put("TASK", header.task());
        }
    }

    /** {@code RUN TIME: 1 days, 01:35:32}, {@code ARG: /usr/sbin/automount …}, {@code ENV: SELINUX_INIT=YES}. */
    private static boolean isDetail(byte[] buf, int s, int end) {
        int colon = Bytes.indexOf(buf, s, end, ":");
        if (colon <= s) {
            return false;
        }
        for (int i = s; i < colon; i++) {
            if (!((buf[i] >= 'A' && buf[i] <= 'Z') || buf[i] == ' ' || buf[i] == '_')) {
                return false;
            }
        }
        return true;
    }

    private void detail(byte[] buf, int s, int end, long lineNo) {
        int colon = Bytes.indexOf(buf, s, end, ":");
        lastKey = LineText.of(buf, s, colon);
        task.put(lastKey, LineText.of(buf, Bytes.skipSpaces(buf, colon + 1, end), end));
        task.touch(lineNo);
    }

    private void close() {
        if (task != null) {
            out.reports.add(task, Backtrace.KERNEL);
        }
        task = null;
        lastKey = null;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

}
