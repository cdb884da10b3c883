package org.rtscope.ingest.oops;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Frame;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;

/**
 * One report while its lines arrive: first the header zone (title, {@code Modules linked in},
 * {@code CPU: PID: Comm:}, register dump, RCU per-CPU lines, lockdep text...), then the trace with
 * its trailer (exception register dumps, {@code Code:}, {@code end trace}). Collects what the pattern
 * engine correlates on (cpu, pid, comm, time) and the named facts of the header as attributes. A
 * report that never gets a trace header (slab debugging's {@code INFO: Allocated in ...}, old lockdep)
 * takes the first run of frames of its header zone as its backtrace.
 */
final class ReportDraft {
    /** Per-CPU line of an RCU stall: {@code \t3-...0: (1 GPs behind)}, also with rsyslog's {@code #011}. */
    private static final Pattern RCU_CPU = Pattern.compile("^(?:rcu:)?(?:\\s|#011)+(\\d+)-\\S{3,5}: \\(");
    private static final Pattern RCU_DETECTED_BY = Pattern.compile("\\(detected by (\\d+),");
    private static final Pattern IN_ATOMIC = Pattern.compile("^in_atomic\\(\\): \\d+, .*pid: (\\d+), name: (.+)$");
    /** CPU numbers in an RCU title's braces: {@code { 11 25}}, {@code { 0-... }}, {@code { 11-...D }}. */
    private static final Pattern BRACED_CPU = Pattern.compile("(?<=[{ ])(\\d+)(?=[- }])");

    enum State { HEADER, TRACE }

    /** Position in the source's report list; -1 while the report is not confirmed. */
    private int index = -1;
    private int[] heldRecords = new int[8];
    private int held;
    private final int firstLine;
    private String kind;
    private String title;
    private final long time;
    private int cpu = -1;
    private int pid = -1;
    private String comm;
    private int lastLine;
    private long lastTime;
    private int headerLines;
    private State state = State.HEADER;
    private boolean preemptionSiteNext;
    private Frame faulting;
    private final StringBuilder stalledCpus = new StringBuilder();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final BacktraceCollector trace = new BacktraceCollector();
    /** The first run of frames in the header zone, for reports without a trace header (slab, lockdep). */
    private final BacktraceCollector headerFrames = new BacktraceCollector();
    private boolean headerFramesDone;

    ReportDraft(String kind, String title, long time, int firstLine) {
        this.kind = kind;
        this.title = title;
        this.time = time;
        this.firstLine = firstLine;
        this.lastLine = firstLine;
        this.lastTime = time;
        int brace = title.indexOf('{');
        if (StackReport.RCU_STALL.equals(kind) && brace >= 0) {
            int close = title.indexOf('}', brace);
            Matcher m = BRACED_CPU.matcher(title).region(brace, close < 0 ? title.length() : close + 1);
            while (m.find()) {
                addStalledCpu(Integer.parseInt(m.group(1)));
            }
        }
    }

    String kind() {
        return kind;
    }

    int index() {
        return index;
    }

    boolean confirmed() {
        return index >= 0;
    }

    /** Keeps a record of a report that is not confirmed yet, to link it once it is. */
    void hold(int record) {
        if (held == heldRecords.length) {
            heldRecords = Arrays.copyOf(heldRecords, held * 2);
        }
        heldRecords[held++] = record;
    }

    /** Confirms the report as number {@code reportIndex}; returns the records held until now. */
    int[] confirm(int reportIndex) {
        index = reportIndex;
        int[] records = Arrays.copyOf(heldRecords, held);
        heldRecords = null;
        held = 0;
        return records;
    }

    State state() {
        return state;
    }

    int headerLines() {
        return headerLines;
    }

    long lastTime() {
        return lastTime;
    }

    /** Extends the report to {@code line}. */
    void touch(int line, long bootNs) {
        lastLine = Math.max(lastLine, line);
        if (bootNs != LogStore.NO_TIME) {
            lastTime = bootNs;
        }
    }

    /**
     * The report turns out to be about a more specific failure than its first line said: 2.6.38–3.x
     * print a hard lockup as a {@code WARNING: at kernel/watchdog.c...} whose message is
     * {@code Watchdog detected hard LOCKUP on cpu 1}. The first line stays as attribute "warning".
     */
    void becomes(String newKind, String newTitle) {
        attributes.putIfAbsent("warning", title);
        kind = newKind;
        title = newTitle;
    }

    /** Takes cpu, pid, comm and facts of a header line where the report does not know them yet. */
    void fill(ReportHeaders.Header header) {
        if (cpu < 0) {
            cpu = header.cpu();
        }
        if (pid < 0) {
            pid = header.pid();
        }
        if (comm == null) {
            comm = header.comm();
        }
        header.facts().forEach(attributes::putIfAbsent);
    }

    void putAttribute(String name, String value) {
        attributes.putIfAbsent(name, value);
    }

    /** A {@code Call Trace:} (or first implicit frame) at {@code line}: the header zone ends. */
    void startTrace(int line) {
        state = State.TRACE;
        trace.start(line);
    }

    /**
     * A line of the header zone: keeps the facts it names; every such line belongs to the report.
     * Returns true when the line has the structure only reports have (module list, hardware name,
     * register dump, lockdep's dashed rule), which confirms a report opened by a generic title.
     */
    boolean headerLine(byte[] buf, int from, int end, int line) {
        headerLines++;
        int s = Bytes.skipSpaces(buf, from, end);
        int e = Bytes.trimEnd(buf, s, end);
        if (preemptionSiteNext) {
            preemptionSiteNext = false;
            if (FrameParser.parse(buf, s, e, null) != null) {
                attributes.putIfAbsent("Preemption disabled at", new String(buf, s, e - s, StandardCharsets.UTF_8));
                return true;
            }
        }
        if (Bytes.startsWith(buf, s, e, "Preemption disabled at:")) {
            preemptionSiteNext = true;
            return true;
        }
        if (labelled(buf, s, e, "Modules linked in:") || labelled(buf, s, e, "Hardware name:")
                || labelled(buf, s, e, "Workqueue:") || labelled(buf, s, e, "preempt_count:")) {
            return true;
        }
        if (isRule(buf, s, e)) {
            return true;
        }
        if (!headerFramesDone) {
            if (FrameParser.parse(buf, s, e, null) != null && headerFrames.accept(buf, s, e)) {
                headerFrames.start(line);
                return true;
            }
            headerFramesDone = headerFrames.frameCount() > 0;
        }
        if (Bytes.startsWith(buf, s, e, "RIP: ")) {
            rip(buf, s, e);
        } else if (Bytes.startsWith(buf, s, e, "pc : ") || Bytes.startsWith(buf, s, e, "epc : ")) {
            namedLocation(buf, s, e, Bytes.indexOf(buf, s, e, ": ") + 2, buf[s] == 'p' ? "pc" : "epc", true);
        } else if (Bytes.startsWith(buf, s, e, "lr : ") || Bytes.startsWith(buf, s, e, "ra : ")) {
            namedLocation(buf, s, e, Bytes.indexOf(buf, s, e, ": ") + 2, "lr", false);
        } else if (Bytes.startsWith(buf, s, e, "PC is at ")) {
            namedLocation(buf, s, e, s + 9, "PC is at", true);
        } else if (Bytes.startsWith(buf, s, e, "LR is at ")) {
            namedLocation(buf, s, e, s + 9, "LR is at", false);
        } else if (Bytes.startsWith(buf, s, e, "NIP [") || Bytes.startsWith(buf, s, e, "LR [")) {
            int close = FrameParser.indexOf(buf, s, e, (byte) ']');
            namedLocation(buf, s, e, close + 1, buf[s] == 'N' ? "NIP" : "LR", buf[s] == 'N');
        } else if (Bytes.startsWith(buf, s, e, "Krnl PSW : ")) {
            int open = Bytes.lastIndexOf(buf, s, e, (byte) '(');
            if (open > 0 && buf[e - 1] == ')') {
                namedLocation(buf, s, e - 1, open + 1, "Krnl PSW", true);
            }
        } else if (RegisterLine.matches(buf, s, e)) {
            RegisterLine.collect(buf, s, e, attributes);
        } else {
            return otherHeaderLine(new String(buf, s, e - s, StandardCharsets.UTF_8));
        }
        return true;
    }

    /** A rule of dashes or equals signs, as lockdep and KASAN frame their reports with. */
    private static boolean isRule(byte[] buf, int s, int e) {
        if (e - s < 8 || buf[s] != '-' && buf[s] != '=') {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (buf[i] != buf[s]) {
                return false;
            }
        }
        return true;
    }

    private boolean otherHeaderLine(String text) {
        if (StackReport.RCU_STALL.equals(kind)) {
            Matcher rcu = RCU_CPU.matcher(text);
            if (rcu.find()) {
                addStalledCpu(Integer.parseInt(rcu.group(1)));
                return true;
            }
            Matcher detectedBy = RCU_DETECTED_BY.matcher(text);
            if (detectedBy.find()) {
                attributes.putIfAbsent("detected by", detectedBy.group(1));
                return true;
            }
        }
        if (text.contains("kthread starved for ") || text.contains("kthread timer wakeup didn't happen")) {
            attributes.putIfAbsent("kthread starved", text);
            return true;
        }
        if (text.startsWith("in_atomic()")) {
            Matcher atomic = IN_ATOMIC.matcher(text);
            if (atomic.find()) {
                if (pid < 0) {
                    pid = Integer.parseInt(atomic.group(1));
                }
                if (comm == null) {
                    comm = atomic.group(2).strip();
                }
            }
            return true;
        }
        return text.startsWith("irq event stamp:");
    }

    private void addStalledCpu(int stalled) {
        if (cpu < 0) {
            cpu = stalled;
        }
        if (!stalledCpus.isEmpty()) {
            stalledCpus.append(',');
        }
        stalledCpus.append(stalled);
    }

    /** {@code Label: value} stored as attribute "Label"; true when the line had that label. */
    private boolean labelled(byte[] buf, int s, int e, String label) {
        if (!Bytes.startsWith(buf, s, e, label)) {
            return false;
        }
        int v = Bytes.skipSpaces(buf, s + label.length(), e);
        attributes.putIfAbsent(label.substring(0, label.length() - 1), new String(buf, v, e - v, StandardCharsets.UTF_8));
        return true;
    }

    /** x86 {@code RIP: 0010:func+0x11e/0x4f0}, old {@code RIP: 0010:[<ffffffff81058e96>]  [<...>] func+0x6/0x10}. */
    private void rip(byte[] buf, int s, int e) {
        attributes.putIfAbsent("RIP", new String(buf, s + 5, e - s - 5, StandardCharsets.UTF_8));
        if (faulting != null || e - s < 11 || buf[s + 9] != ':') {
            return;
        }
        boolean user = Bytes.startsWith(buf, s + 5, e, "0033") || Bytes.startsWith(buf, s + 5, e, "0023");
        int symbolStart = s + 10;
        int lastBracket = Bytes.lastIndexOf(buf, symbolStart, e, (byte) ']');
        if (lastBracket > 0) {
            symbolStart = Bytes.skipSpaces(buf, lastBracket + 1, e);
        }
        Symbol symbol = Symbol.parse(buf, symbolStart, Bytes.tokenEnd(buf, symbolStart, e));
        if (symbol != null) {
            faulting = new Frame(symbol.function(), symbol.address(), symbol.offset(), symbol.size(), null, false,
                    user ? BacktraceCollector.USER : BacktraceCollector.EXCEPTION);
        }
    }

    /** A register that names a code location ({@code pc : func+0x74/0x110}); the first one is where it faulted. */
    private void namedLocation(byte[] buf, int s, int e, int valueStart, String name, boolean isFaulting) {
        int v = Bytes.skipSpaces(buf, Math.max(valueStart, s), e);
        attributes.putIfAbsent(name, new String(buf, v, e - v, StandardCharsets.UTF_8));
        Symbol symbol = Symbol.parse(buf, v, Bytes.tokenEnd(buf, v, e));
        if (isFaulting && faulting == null && symbol != null && !symbol.function().isEmpty()) {
            faulting = new Frame(symbol.function(), -1, symbol.offset(), symbol.size(), null, false,
                    BacktraceCollector.EXCEPTION);
        }
    }

    /**
     * A line after the trace started: a frame, a context marker, an exception register dump or a known
     * trailer line. False when the line does not belong to the trace any more.
     */
    boolean traceLine(byte[] buf, int from, int end) {
        if (trace.accept(buf, from, end)) {
            return true;
        }
        int s = Bytes.skipSpaces(buf, from, end);
        int e = Bytes.trimEnd(buf, s, end);
        return RegisterLine.matches(buf, s, e) || TrailerLines.matches(buf, s, e);
    }

    /** Adds a single frame outside a trace block ({@code NMI backtrace for cpu 2 skipped: idling at f+0x/0x}). */
    void singleFrame(byte[] buf, int from, int end, int line) {
        trace.start(line);
        trace.accept(buf, from, end);
    }

    StackReport build() {
        if (!stalledCpus.isEmpty()) {
            attributes.putIfAbsent("stalled CPUs", stalledCpus.toString());
        }
        BacktraceCollector frames = trace.frameCount() == 0 && headerFrames.frameCount() > 0 ? headerFrames : trace;
        return new StackReport(kind, title, time, cpu, pid, comm, firstLine, lastLine, frames.build(faulting, firstLine),
                attributes);
    }
}
