package org.rtscope.ingest.oops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;

/**
 * Finds the multi-line reports in kernel log text (oops, BUG, WARN, soft/hard lockup, RCU stall, hung
 * task, NMI backtrace, panic, OOM and plain {@code dump_stack()} dumps) and turns each into one
 * {@link StackReport} with its parsed backtrace, linking the log records it spans to it. Every
 * kernel-log importer feeds it the message part of each line, in file order.
 *
 * <p>Reports from different CPUs or tasks interleave line by line on a busy machine. When the log
 * carries printk caller ids ({@code [T123]}, {@code [C1]}), each caller is followed separately, so a
 * report keeps only its own lines; without them, lines are taken in order.
 *
 * <p>A report is opened by the line that names the failure (see {@link ReportHeaders}), by a
 * {@code CPU: N PID: N Comm:} line or a {@code Call Trace:} without one (the previous line of the same
 * caller then names it, e.g. {@code foo invoked oom-killer: ...}), and collects its header zone until
 * the trace starts. It ends at {@code end trace}, at the next report, at the first line after the
 * trace that is not part of a stack, or when its header zone runs longer than {@link #MAX_HEADER_LINES}
 * lines or the log is silent for more than {@link #MAX_GAP_NS} before the trace starts (so a report
 * whose trace never came does not swallow the log).
 */
public final class ReportRecognizer {
    /** Context key of lines without a caller id. */
    public static final int NO_CALLER = 0;
    /**
     * Context key for unstamped lines inside a stamped kernel log: console noise, pasted or wrapped
     * text. Followed on their own so they cannot cut a kernel report in two.
     */
    public static final int UNSTAMPED = Integer.MIN_VALUE;
    /** Longest header zone (lockdep reports print long dependency chains before their stack). */
    static final int MAX_HEADER_LINES = 400;
    /** Longest pause in a report's header zone. */
    static final long MAX_GAP_NS = 10_000_000_000L;
    /** Failures that old kernels reported as the message of a {@code WARNING:} (see {@link ReportDraft#becomes}). */
    private static final Set<String> WARN_MESSAGES = Set.of(StackReport.HARD_LOCKUP, StackReport.SOFT_LOCKUP,
            StackReport.RCU_STALL, StackReport.HUNG_TASK);
    /** The WARN message follows its {@code WARNING:} line within this many lines. */
    private static final int WARN_MESSAGE_WITHIN = 3;
    /** Lines within which a report opened by a generic title must show report structure. */
    static final int CONFIRM_WITHIN = 6;
    /** A {@code cut here} fence or a title line counts for the report starting this many lines later. */
    private static final int LOOKBACK = 3;
    private static final String OOM_MARK = "invoked oom-killer";

    private final LogStore.Builder logs;
    private final List<ReportDraft> drafts = new ArrayList<>();
    private final Map<Integer, CallerContext> contexts = new HashMap<>();
    private final CallerContext untagged = new CallerContext();
    private CallerContext last = untagged;
    private int lastCaller;

    /** Reports are linked to records of {@code logs}. */
    public ReportRecognizer(LogStore.Builder logs) {
        this.logs = logs;
    }


    /** Context key of a {@code [T<pid>]} caller id. */
    public static int taskCaller(int pid) {
        return pid + 1;
    }

    /** Context key of a {@code [C<cpu>]} caller id. */
    public static int cpuCaller(int cpu) {
        return -1 - cpu;
    }

    /**
     * One line of kernel text.
     *
     * @param record index of the log record the line belongs to
     * @param line   1-based line number in the source
     * @param bootNs the line's boot-clock time, or {@link LogStore#NO_TIME}
     * @param caller context key ({@link #taskCaller}, {@link #cpuCaller}, {@link #UNSTAMPED} or {@link #NO_CALLER})
     * @param buf    the message text (timestamp and prefixes removed) is {@code buf[from, end)}
     */
    public void line(int record, int line, long bootNs, int caller, byte[] buf, int from, int end) {
        CallerContext c = context(caller);
        c.seen++;
        ReportDraft open = c.open;
        if (open != null) {
            if (!expired(open, bootNs) && continues(c, open, record, line, bootNs, buf, from, end)) {
                return;
            }
            c.open = null;
        }
        fresh(c, record, line, bootNs, buf, from, end);
    }

    /** A new boot starts: no report continues across it. */
    public void newBoot() {
        untagged.reset();
        contexts.clear();
        last = untagged;
        lastCaller = NO_CALLER;
    }

    /** All confirmed reports, in the order they were recognised. */
    public List<StackReport> finish() {
        List<StackReport> reports = new ArrayList<>(drafts.size());
        for (ReportDraft draft : drafts) {
            reports.add(draft.build());
        }
        return reports;
    }

    private CallerContext context(int caller) {
        if (caller == lastCaller) {
            return last;
        }
        CallerContext c = caller == NO_CALLER ? untagged : contexts.computeIfAbsent(caller, k -> new CallerContext());
        last = c;
        lastCaller = caller;
        return c;
    }

    /**
     * A header zone that never reached its trace ends, and a generic title that nothing confirmed is
     * dropped; a trace ends only where its frames end.
     */
    private static boolean expired(ReportDraft open, long bootNs) {
        if (open.state() != ReportDraft.State.HEADER) {
            return false;
        }
        boolean silent = bootNs != LogStore.NO_TIME && open.lastTime() != LogStore.NO_TIME
                && bootNs - open.lastTime() > MAX_GAP_NS;
        int limit = open.confirmed() ? MAX_HEADER_LINES : CONFIRM_WITHIN;
        return silent || open.headerLines() >= limit;
    }

    /** Offers a line to the open report; false when the line is not part of it. */
    private boolean continues(CallerContext c, ReportDraft r, int record, int line, long bootNs, byte[] buf, int from,
                              int end) {
        boolean inHeader = r.state() == ReportDraft.State.HEADER;
        ReportHeaders.Header h = ReportHeaders.match(buf, from, end);
        if (h != null) {
            switch (h.role()) {
                case END:
                    confirm(r);
                    take(r, record, line, bootNs);
                    c.open = null;
                    return true;
                case OPEN:
                    if (inHeader && StackReport.OOPS.equals(r.kind()) && StackReport.OOPS.equals(h.kind())) {
                        r.putAttribute("Oops", ReportHeaders.text(buf, from, end));
                        take(r, record, line, bootNs);
                        return true;
                    }
                    if (inHeader && StackReport.WARNING.equals(r.kind()) && h.certain()
                            && r.headerLines() < WARN_MESSAGE_WITHIN && WARN_MESSAGES.contains(h.kind())) {
                        r.becomes(h.kind(), ReportHeaders.text(buf, from, end));
                        r.fill(h);
                        confirm(r);
                        take(r, record, line, bootNs);
                        return true;
                    }
                    return false;
                case TASK:
                    if (!inHeader) {
                        return false;
                    }
                    r.fill(h);
                    confirm(r);
                    take(r, record, line, bootNs);
                    return true;
                case TASK_STATE:
                    if (!inHeader || !(StackReport.HUNG_TASK.equals(r.kind()) || StackReport.STACK_DUMP.equals(r.kind()))) {
                        return false;
                    }
                    r.fill(h);
                    confirm(r);
                    take(r, record, line, bootNs);
                    return true;
                case TRACE_START:
                    if (!inHeader) {
                        return false;
                    }
                    r.startTrace(line);
                    confirm(r);
                    take(r, record, line, bootNs);
                    return true;
                default:
                    return false;
            }
        }
        if (inHeader) {
            if (ArmCallLine.isOldStyle(buf, from, end)) {
                r.startTrace(line);
                r.traceLine(buf, from, end);
                confirm(r);
            } else if (r.headerLine(buf, from, end, line)) {
                confirm(r);
            }
            take(r, record, line, bootNs);
            return true;
        }
        if (r.traceLine(buf, from, end)) {
            take(r, record, line, bootNs);
            return true;
        }
        return false;
    }

    /** A line with no report open in its context. */
    private void fresh(CallerContext c, int record, int line, long bootNs, byte[] buf, int from, int end) {
        ReportHeaders.Header h = ReportHeaders.match(buf, from, end);
        if (h == null) {
            if (ArmCallLine.isOldStyle(buf, from, end)) {
                ReportDraft r = openUntitled(c, record, line, bootNs, buf, from, end);
                r.startTrace(line);
                r.traceLine(buf, from, end);
            } else {
                c.remember(record, line, buf, from, end);
            }
            return;
        }
        switch (h.role()) {
            case CUT_HERE:
                c.cutRecord = record;
                c.cutLine = line;
                c.cutSeen = c.seen;
                break;
            case OPEN:
                ReportDraft r = open(c, h.kind(), h.certain(), ReportHeaders.text(buf, from, end), record, line, bootNs);
                r.fill(h);
                int idle = Bytes.indexOf(buf, from, end, " skipped: idling at ");
                if (StackReport.NMI_BACKTRACE.equals(h.kind()) && idle > 0) {
                    r.singleFrame(buf, idle + " skipped: idling at ".length(), end, line);
                    c.open = null;
                }
                break;
            case TASK:
                openUntitled(c, record, line, bootNs, buf, from, end).fill(h);
                break;
            case TASK_STATE:
                open(c, StackReport.STACK_DUMP, true, ReportHeaders.text(buf, from, end), record, line, bootNs).fill(h);
                break;
            case TRACE_START:
                openUntitled(c, record, line, bootNs, buf, from, end).startTrace(line);
                break;
            default:
                c.remember(record, line, buf, from, end);
                break;
        }
    }

    /**
     * Opens a report; {@code certain} (or a {@code cut here} fence just before) makes it count at once,
     * otherwise it waits for confirmation (see {@link ReportHeaders.Header#certain()}).
     */
    private ReportDraft open(CallerContext c, String kind, boolean certain, String title, int record, int line,
                             long bootNs) {
        boolean fenced = c.cutRecord >= 0 && c.seen - c.cutSeen <= LOOKBACK;
        ReportDraft r = new ReportDraft(kind, title, bootNs, fenced ? c.cutLine : line);
        if (fenced) {
            r.hold(c.cutRecord);
            fencedMessage(c, r);
        }
        c.cutRecord = -1;
        c.open = r;
        if (certain || fenced) {
            confirm(r);
        }
        take(r, record, line, bootNs);
        return r;
    }

    /**
     * Since ≈4.x a WARN prints its message between the {@code cut here} fence and the
     * {@code WARNING:} line; those lines become the report's attribute "message".
     */
    private static void fencedMessage(CallerContext c, ReportDraft r) {
        StringBuilder message = new StringBuilder();
        for (int k = 0; k < CallerContext.RECENT; k++) {
            int oldest = c.oldestRecentAfter(c.cutSeen);
            if (oldest < 0) {
                break;
            }
            r.hold(c.recentRecord[oldest]);
            message.append(message.length() == 0 ? "" : "\n").append(c.recentText(oldest));
            c.recentRecord[oldest] = -1;
        }
        if (message.length() > 0) {
            r.putAttribute("message", message.toString());
        }
    }

    /** Gives a report its number and links the records it held while unconfirmed. */
    private void confirm(ReportDraft r) {
        if (r.confirmed()) {
            return;
        }
        int index = drafts.size();
        drafts.add(r);
        for (int record : r.confirm(index)) {
            logs.linkReport(record, record, index);
        }
    }

    /**
     * A dump without a failure line of its own: the caller's previous line names it (an OOM
     * invocation, a driver's message before {@code dump_stack()}), or else the line itself.
     */
    private ReportDraft openUntitled(CallerContext c, int record, int line, long bootNs, byte[] buf, int from, int end) {
        int pick = -1;
        for (int k = 0; k < CallerContext.RECENT; k++) {
            if (c.recentRecord[k] >= 0 && c.seen - c.recentSeen[k] <= LOOKBACK && c.recentText(k).contains(OOM_MARK)) {
                pick = k;
            }
        }
        String kind = StackReport.OOM;
        if (pick < 0) {
            kind = StackReport.STACK_DUMP;
            int newest = c.newestRecent();
            if (newest >= 0 && c.seen - c.recentSeen[newest] == 1) {
                pick = newest;
            }
        }
        if (pick < 0) {
            return open(c, kind, true, ReportHeaders.text(buf, from, end), record, line, bootNs);
        }
        ReportDraft r = open(c, kind, true, c.recentText(pick), c.recentRecord[pick], c.recentLine[pick], bootNs);
        take(r, record, line, bootNs);
        c.forgetRecent();
        return r;
    }

    private void take(ReportDraft r, int record, int line, long bootNs) {
        r.touch(line, bootNs);
        if (r.confirmed()) {
            logs.linkReport(record, record, r.index());
        } else {
            r.hold(record);
        }
    }
}
