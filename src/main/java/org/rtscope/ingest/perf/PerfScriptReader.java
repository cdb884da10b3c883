package org.rtscope.ingest.perf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.rtscope.ingest.ftrace.EventBodies;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.EventKind;
import org.rtscope.model.IrqFlags;
import org.rtscope.model.SourceReport;
import org.rtscope.model.TraceBuilder;

/**
 * Turns the lines of one {@code perf script} text into events, one line at a time: event lines
 * ({@link SampleHeader}), the callchain frames under them ({@link Callchain}), {@code PERF_RECORD_*}
 * side-band lines ({@link SideBand}) and the {@code # ...} header of {@code --header}. Tracepoint
 * bodies are the kernel's own text and go through the ftrace importer's {@link EventBodies}, so a
 * perf {@code sched_switch} fills the same slots as its ftrace twin; sampled events keep their
 * period and remaining text as raw text and their ip as a one-frame backtrace.
 *
 * <p>Lines without a time column (old {@code perf script -F comm,tid,event}) keep the time of the
 * previous line, so file order is kept; lines without a CPU column get CPU -1 and draw no lane.
 */
final class PerfScriptReader {
    private static final byte[] PERIOD = "period=".getBytes(StandardCharsets.US_ASCII);

    private final TraceBuilder builder;
    private final SourceReport report;
    private final SampleHeader header = new SampleHeader();
    private final EventBodies bodies;
    private final Callchain callchain;
    private final SideBand sideBand;
    private byte[] scratch = new byte[256];
    private boolean inSideBand;
    private long lastTs;

    PerfScriptReader(TraceBuilder builder, SourceReport report) {
        this.builder = builder;
        this.report = report;
        this.bodies = new EventBodies(builder);
        this.callchain = new Callchain(builder);
        this.sideBand = new SideBand(builder, report);
    }

    void line(byte[] buf, int off, int len, long lineNo) {
        int end = off + len;
        off = Utf8Bom.skip(buf, off, end, lineNo);
        int start = Bytes.skipSpaces(buf, off, end);
        if (start == end) {
            // a blank line ends a callchain; one right after the event line (before any frame) is tolerated
            if (callchain.hasFrames() || !callchain.isOpen()) {
                callchain.close();
            }
            inSideBand = false;
            return;
        }
        if (start > off && buf[off] == '\t' && (callchain.isOpen() || inSideBand)) {
            indented(buf, start, end, lineNo);
            return;
        }
        if (buf[start] == '#' && start == off) {
            comment(buf, start, end);
            return;
        }
        if (header.parse(buf, start, end)) {
            event(buf, lineNo);
            return;
        }
        if (start > off && (callchain.isOpen() || inSideBand)) {
            indented(buf, start, end, lineNo);
            return;
        }
        callchain.discard(); // the frames under a line that could not be read belong to nothing
        report.skip(lineNo, "not a perf script line: " + Bytes.excerpt(buf, off, end - off));
    }

    private void indented(byte[] buf, int start, int end, long lineNo) {
        if (inSideBand) {
            return; // continuation of a side-band record (PERF_RECORD_NAMESPACES prints its table below)
        }
        if (!callchain.frame(buf, start, end)) {
            report.skip(lineNo, "not a callchain frame: " + Bytes.excerpt(buf, start, end - start));
        }
    }

    private void event(byte[] buf, long lineNo) {
        callchain.close();
        inSideBand = header.sideBand;
        if (header.sideBand) {
            sideBand.record(buf, header.nameStart, header.bodyEnd, header, lineNo);
            return;
        }
        long ts = header.ts == Bytes.NONE ? lastTs : header.ts;
        lastTs = ts;
        int nameStart = EventNames.modelNameStart(buf, header.nameStart, header.nameEnd);
        boolean tracepoint = nameStart != header.nameStart;
        int type = builder.eventType(buf, nameStart, header.nameEnd - nameStart);
        EventKind kind = builder.kindOfType(type);
        int frameAt = InlineFrame.start(buf, header.bodyStart, header.bodyEnd);
        int textEnd = frameAt < 0 ? header.bodyEnd : Bytes.trimEnd(buf, header.bodyStart, frameAt);
        int a0;
        int a1;
        int a2 = 0;
        int a3 = 0;
        if (tracepoint || kind != EventKind.OTHER) {
            if (!bodies.parse(kind, buf, header.bodyStart, textEnd)) {
                report.skip(lineNo, "malformed " + kind.tracepoint() + " fields: "
                        + Bytes.excerpt(buf, header.bodyStart, textEnd - header.bodyStart));
                callchain.discard();
                return;
            }
            int[] a = bodies.args;
            a0 = a[0];
            a1 = a[1];
            a2 = a[2];
            a3 = a[3];
        } else {
            a1 = sampleText(buf, header.bodyStart, textEnd);
            a0 = builder.appendText(scratch, 0, a1);
        }
        int tid = header.tid;
        if (header.commEnd > header.commStart && tid > 0) {
            builder.tasks().comm(tid, buf, header.commStart, header.commEnd - header.commStart);
        }
        if (header.pid > 0) {
            builder.tasks().pid(tid, header.pid);
        }
        int index = builder.add(ts, header.cpu, tid, type, IrqFlags.NONE, a0, a1, a2, a3, (int) lineNo);
        callchain.open(index, (int) lineNo);
        if (frameAt >= 0) {
            callchain.inlineFrame(buf, frameAt, header.bodyEnd);
        }
    }

    /** "period=N rest" into the scratch buffer; returns its length. */
    private int sampleText(byte[] buf, int from, int end) {
        ensureScratch(PERIOD.length + 21 + end - from);
        int n = 0;
        if (header.period >= 0) {
            System.arraycopy(PERIOD, 0, scratch, 0, PERIOD.length);
            n = writeDigits(header.period, PERIOD.length);
            if (end > from) {
                scratch[n++] = ' ';
            }
        }
        System.arraycopy(buf, from, scratch, n, end - from);
        return n + end - from;
    }

    /** Writes the decimal digits of {@code value} (≥ 0) at {@code at}; returns the index after them. */
    private int writeDigits(long value, int at) {
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        long v = value;
        for (int k = at + digits - 1; k >= at; k--) {
            scratch[k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return at + digits;
    }

    private void ensureScratch(int size) {
        if (scratch.length < size) {
            scratch = Arrays.copyOf(scratch, Math.max(size, scratch.length * 2));
        }
    }

    /** {@code perf script --header}: "# nrcpus avail : 4" declares the CPU count. */
    private void comment(byte[] buf, int start, int end) {
        int at = Bytes.indexOf(buf, start, end, "nrcpus avail");
        if (at >= 0) {
            int colon = Bytes.indexOf(buf, at, end, ":");
            int cpus = colon < 0 ? -1 : Bytes.parseInt(buf, Bytes.skipSpaces(buf, colon + 1, end), end, -1);
            if (cpus > 0) {
                builder.declareCpus(cpus);
            }
        }
    }

    /** Attaches the last callchain; call after the last line. */
    void finish() {
        callchain.close();
    }
}
