package org.rtscope.ingest.perf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Backtrace;
import org.rtscope.model.EventKind;
import org.rtscope.model.Frame;
import org.rtscope.model.IrqFlags;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Task;
import org.rtscope.model.TaskState;
import org.rtscope.model.TraceBuilder;

/**
 * Turns {@code perf sched timehist} lines into the events the rest of rtscope already understands.
 *
 * <p><b>Representation.</b> A timehist row says: at time t, task T left CPU c after running
 * {@code run time} (so it ran [t − run, t]), having waited {@code wait time} off the CPU before, of
 * which {@code sch delay} was between its wake-up and its switch-in. perf measures the run time from
 * the previous context switch on the same CPU, so consecutive rows of one CPU tile its time: the
 * task of the next row is the one switched in at t. Each row therefore becomes
 * <ul>
 * <li>a {@code sched_switch} at t on c, prev = T (with the {@code --state} letter and the
 *     {@code --show-prio} priority when printed), next = the task of the next row of c; its backtrace
 *     is the row's callchain (where T blocked), as for a recorded sched_switch. So
 *     {@link org.rtscope.model.CpuSlices} shows who ran, exactly as for an ftrace or perf script
 *     recording of the same switches;</li>
 * <li>a {@code timehist} event just before it carrying the row's figures as printed
 *     ({@code wait_ms=… sch_delay_ms=… run_ms=…}), so the wait time and the scheduling delay — the
 *     RT latency the user ran timehist for — stay in the inspector and the event table.</li>
 * </ul>
 * When a row's switch-in does not meet the previous row's switch-out on its CPU within the 1 µs the
 * columns are rounded to, or both rows are of the same task (rows filtered with {@code -p},
 * {@code --cpu}, {@code --time}, or tasks perf could not name), a switch from the idle task at the switch-in time is
 * synthesised (from the {@code -n} next task when printed) and the unknown time before it shows as
 * idle; the report says how often. After the last
 * row of a CPU nobody is known to run (perf prints no row for a task that never left), so the last
 * switch goes to the idle task unless {@code -n} printed the next task. {@code -w} wake-ups become
 * {@code sched_wakeup} events of the waker (priority and target CPU unknown), {@code -M} migrations
 * {@code sched_migrate_task} events with perf's text, {@code lost} lines warnings. The summary
 * sections ({@code -s}, {@code -S}, {@code -I}) repeat what the rows say and are skipped.
 */
final class TimehistReader {
    private static final long ROUNDING_NS = 1_000;
    private static final byte[] WAIT = bytes("wait_ms=");
    private static final byte[] DELAY = bytes(" sch_delay_ms=");
    private static final byte[] RUN = bytes(" run_ms=");
    private static final byte[] PRE_MIG = bytes(" pre_mig_ms=");
    private static final byte[][] KEYS = {WAIT, DELAY, RUN, PRE_MIG};

    private final TraceBuilder builder;
    private final SourceReport report;
    private final TimehistRow row = new TimehistRow();
    private final int switchType;
    private final int statType;
    private final int wakeupType;
    private final int migrateType;
    private final SharedChains chains = new SharedChains();
    private final Map<String, Frame> frames = new HashMap<>();
    private final List<Frame> chain = new ArrayList<>();
    private byte[] scratch = new byte[128];
    private boolean inSummary;
    private long gaps;

    // the row of each CPU whose switch waits for the next row of that CPU (who was switched in)
    private boolean[] pending = new boolean[8];
    private long[] pendTs = new long[8];
    private int[] pendTid = new int[8];
    private int[] pendPrio = new int[8];
    private int[] pendState = new int[8];
    private int[] pendNext = new int[8];
    private int[] pendLine = new int[8];
    private int[] pendText = new int[8];
    private int[] pendTextLen = new int[8];
    private Backtrace[] pendStack = new Backtrace[8];

    TimehistReader(TraceBuilder builder, SourceReport report) {
        this.builder = builder;
        this.report = report;
        this.switchType = builder.eventType(EventKind.SCHED_SWITCH.tracepoint());
        this.statType = builder.eventType("timehist");
        this.wakeupType = builder.eventType(EventKind.SCHED_WAKEUP.tracepoint());
        this.migrateType = builder.eventType("sched_migrate_task");
    }

    void line(byte[] buf, int off, int len, long lineNo) {
        int end = off + len;
        off = Utf8Bom.skip(buf, off, end, lineNo);
        int s = Bytes.skipSpaces(buf, off, end);
        if (s == end || inSummary) {
            return;
        }
        if (row.parse(buf, s, end)) {
            switch (row.kind) {
                case TimehistRow.SWITCH -> switchRow(buf, (int) lineNo);
                case TimehistRow.WAKEUP -> wakeup(buf, (int) lineNo);
                case TimehistRow.MIGRATION -> migration(buf, (int) lineNo);
                default -> report.warn(lineNo, "perf lost events here, the trace has a gap: "
                        + Bytes.excerpt(buf, row.otherStart, row.otherEnd - row.otherStart));
            }
            return;
        }
        if (isHeader(buf, s, end)) {
            return;
        }
        if (isSummaryTitle(buf, s, end)) {
            inSummary = true;
            return;
        }
        report.skip(lineNo, "not a perf sched timehist line: " + Bytes.excerpt(buf, off, end - off));
    }

    private void switchRow(byte[] buf, int lineNo) {
        int c = row.cpu;
        ensureCpu(c);
        learnTask(buf, row.commStart, row.commEnd, row.tid, row.pid);
        int prio = row.prio < 0 ? Task.NO_PRIO : row.prio;
        long switchIn = row.ts - row.runNs;
        if (pending[c]) {
            // a switch never has prev == next: the same task twice means a row is missing in between
            if (Math.abs(switchIn - pendTs[c]) <= ROUNDING_NS && pendTid[c] != row.tid) {
                emit(c, row.tid, prio);
            } else {
                int between = pendNext[c] >= 0 ? pendNext[c] : 0;
                emit(c, between, Task.NO_PRIO);
                switchIn(c, switchIn, between, row.tid, prio, lineNo);
            }
        } else if (row.runNs > 0) {
            switchIn(c, switchIn, 0, row.tid, prio, lineNo);
        }
        if (row.nextTid >= 0) {
            learnTask(buf, row.nextStart, row.nextCommEnd, row.nextTid, -1);
        }
        pending[c] = true;
        pendTs[c] = row.ts;
        pendTid[c] = row.tid;
        pendPrio[c] = prio;
        pendState[c] = row.state == 0 ? TaskState.UNKNOWN
                : row.tid == 0 ? TaskState.RUNNABLE : TimehistStates.of(row.state);
        pendNext[c] = row.nextTid;
        pendLine[c] = lineNo;
        pendTextLen[c] = statText(buf);
        pendText[c] = builder.appendText(scratch, 0, pendTextLen[c]);
        pendStack[c] = stack(buf, lineNo);
    }

    /** Emits the pending row of CPU {@code c}: its figures, then its switch to {@code next} (none from idle to idle). */
    private void emit(int c, int next, int nextPrio) {
        builder.add(pendTs[c], c, pendTid[c], statType, IrqFlags.NONE, pendText[c], pendTextLen[c], 0, 0, pendLine[c]);
        pending[c] = false;
        if (pendTid[c] == 0 && next == 0) {
            return;
        }
        int index = builder.add(pendTs[c], c, pendTid[c], switchType, IrqFlags.NONE, pendTid[c], next,
                EventKind.packPrios(pendPrio[c], nextPrio), pendState[c], pendLine[c]);
        if (pendStack[c] != null) {
            builder.attachStack(index, pendStack[c]);
        }
        pendStack[c] = null;
    }

    /** A switch-in that no row's switch-out accounts for: from {@code prev} (0 when unknown) to {@code next}. */
    private void switchIn(int c, long at, int prev, int next, int nextPrio, int lineNo) {
        gaps++;
        builder.add(at, c, prev, switchType, IrqFlags.NONE, prev, next, EventKind.packPrios(Task.NO_PRIO, nextPrio),
                prev == 0 ? TaskState.RUNNABLE : TaskState.UNKNOWN, lineNo);
    }

    private void wakeup(byte[] buf, int lineNo) {
        learnTask(buf, row.commStart, row.commEnd, row.tid, row.pid);
        int targetEnd = row.otherTaskEnd(buf);
        int open = Bytes.lastIndexOf(buf, row.otherStart, targetEnd, (byte) '[');
        if (open > row.otherStart) {
            learnTask(buf, row.otherStart, open, row.otherTid, -1);
        }
        builder.add(row.ts, row.cpu, row.tid, wakeupType, IrqFlags.NONE, row.otherTid, Task.NO_PRIO, -1, 0, lineNo);
    }

    private void migration(byte[] buf, int lineNo) {
        learnTask(buf, row.commStart, row.commEnd, row.tid, row.pid);
        int open = Bytes.lastIndexOf(buf, row.otherStart, row.otherTaskEnd(buf), (byte) '[');
        if (open > row.otherStart) {
            learnTask(buf, row.otherStart, open, row.otherTid, -1);
        }
        int text = builder.appendText(buf, row.otherStart, row.otherEnd - row.otherStart);
        builder.add(row.ts, row.cpu, row.tid, migrateType, IrqFlags.NONE, text, row.otherEnd - row.otherStart, 0, 0,
                lineNo);
    }

    private void learnTask(byte[] buf, int commStart, int commEnd, int tid, int pid) {
        int end = Bytes.trimEnd(buf, commStart, commEnd);
        if (tid > 0 && end > commStart) {
            builder.tasks().comm(tid, buf, commStart, end - commStart);
        }
        if (pid > 0) {
            builder.tasks().pid(tid, pid);
        }
    }

    /** "wait_ms=0.014 sch_delay_ms=0.000 run_ms=1.148[ pre_mig_ms=…]" into the scratch buffer. */
    private int statText(byte[] buf) {
        int need = row.numbersEnd - row.numbersStart + WAIT.length + DELAY.length + RUN.length + PRE_MIG.length;
        if (scratch.length < need) {
            scratch = Arrays.copyOf(scratch, need);
        }
        int n = 0;
        int s = row.numbersStart;
        for (int k = 0; k < KEYS.length && s < row.numbersEnd; k++) {
            int e = Bytes.tokenEnd(buf, s, row.numbersEnd);
            System.arraycopy(KEYS[k], 0, scratch, n, KEYS[k].length);
            n += KEYS[k].length;
            System.arraycopy(buf, s, scratch, n, e - s);
            n += e - s;
            s = Bytes.skipSpaces(buf, e, row.numbersEnd);
        }
        return n;
    }

    /** The row's callchain ("a &lt;- b &lt;- [unknown]"), innermost first, or null. */
    private Backtrace stack(byte[] buf, int lineNo) {
        if (row.tid == 0 || row.chainEnd <= row.chainStart) {
            return null;
        }
        chain.clear();
        int s = row.chainStart;
        while (s < row.chainEnd) {
            int arrow = Bytes.indexOf(buf, s, row.chainEnd, " <- ");
            int e = arrow < 0 ? row.chainEnd : arrow;
            chain.add(frame(buf, s, Bytes.trimEnd(buf, s, e)));
            s = arrow < 0 ? row.chainEnd : Bytes.skipSpaces(buf, arrow + 4, row.chainEnd);
        }
        return new Backtrace(Backtrace.KERNEL, chains.share(chain), lineNo);
    }

    private Frame frame(byte[] buf, int from, int end) {
        String name = end - from == 9 && Bytes.startsWith(buf, from, end, "[unknown]") ? ""
                : builder.strings().get(builder.strings().intern(buf, from, end - from));
        return frames.computeIfAbsent(name, n -> Frame.of(n, -1));
    }

    private void ensureCpu(int c) {
        if (c < pending.length) {
            return;
        }
        int n = Math.max(c + 1, pending.length * 2);
        pending = Arrays.copyOf(pending, n);
        pendTs = Arrays.copyOf(pendTs, n);
        pendTid = Arrays.copyOf(pendTid, n);
        pendPrio = Arrays.copyOf(pendPrio, n);
        pendState = Arrays.copyOf(pendState, n);
        pendNext = Arrays.copyOf(pendNext, n);
        pendLine = Arrays.copyOf(pendLine, n);
        pendText = Arrays.copyOf(pendText, n);
        pendTextLen = Arrays.copyOf(pendTextLen, n);
        pendStack = Arrays.copyOf(pendStack, n);
    }

    /** The column header, its units line and the dashed separator. */
    private static boolean isHeader(byte[] buf, int s, int end) {
        return (Bytes.startsWith(buf, s, end, "time ") && Bytes.indexOf(buf, s, end, "task name") > 0)
                || Bytes.startsWith(buf, s, end, "[tid/pid]") || Bytes.startsWith(buf, s, end, "---");
    }

    private static boolean isSummaryTitle(byte[] buf, int s, int end) {
        return Bytes.startsWith(buf, s, end, "Runtime summary") || Bytes.startsWith(buf, s, end, "Wait-time summary")
                || Bytes.startsWith(buf, s, end, "Idle-time summary") || Bytes.startsWith(buf, s, end, "Idle stats")
                || Bytes.startsWith(buf, s, end, "Terminated tasks:")
                || Bytes.startsWith(buf, s, end, "Total number of unique tasks");
    }

    /** Emits the last row of every CPU and reports synthesised idle switches; call after the last line. */
    void finish() {
        for (int c = 0; c < pending.length; c++) {
            if (pending[c]) {
                emit(c, pendNext[c] >= 0 ? pendNext[c] : 0, Task.NO_PRIO);
            }
        }
        if (gaps > 0) {
            report.warn(0, gaps + " rows did not start where the previous row of their CPU ended (rows filtered out, "
                    + "a time window, or a task perf printed no row for): the unknown time before them is shown as idle");
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
