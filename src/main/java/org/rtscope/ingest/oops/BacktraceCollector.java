package org.rtscope.ingest.oops;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Frame;

/**
 * Collects the frames of one {@code Call Trace:} block, innermost first, keeping the context each frame
 * ran in. Context markers ({@code <IRQ>}, {@code </IRQ>}, {@code <NMI>}, {@code <TASK>}, {@code <EOI>},
 * {@code <EOE>}, {@code <SOFTIRQ>}, {@code <#DF>}...) switch the context of the frames after them; the
 * x86 ≤4.9 style puts a marker and a frame on one line ({@code  <IRQ>  [<ffffffff8158a6a3>] ? foo}).
 * Exception frames inside a trace (x86 {@code RIP: 0010:func+0x41/0x160}, powerpc
 * {@code --- interrupt: 900 at func+0x7c/0x90}) name the interrupted function and become frames with
 * context {@value #EXCEPTION}; a user-mode {@code RIP: 0033:0x7f...} becomes a frame with context
 * {@value #USER}.
 */
final class BacktraceCollector {
    /** Context of a frame taken from a register dump rather than from the unwinder. */
    static final String EXCEPTION = "exception";
    /** Context of a user-space address in a kernel trace. */
    static final String USER = "user";

    private final List<Frame> frames = new ArrayList<>();
    private String context;
    private Frame pendingCaller;
    private boolean skipNextFrame;
    private int startLine = -1;

    /** The trace begins at {@code line} (its header, or its first frame when there is no header). */
    void start(int line) {
        if (startLine < 0) {
            startLine = line;
        }
    }

    int frameCount() {
        return frames.size() + (pendingCaller == null ? 0 : 1);
    }

    /**
     * Takes one line of the block: a frame, a context marker or an exception frame. Returns false
     * (and changes nothing) when the line is none of these.
     */
    boolean accept(byte[] buf, int from, int end) {
        int s = Bytes.skipSpaces(buf, from, end);
        int e = Bytes.trimEnd(buf, s, end);
        if (s < e && buf[s] == '<') {
            return marker(buf, s, e);
        }
        if (Bytes.startsWith(buf, s, e, "RIP: ") && e - s > 10 && buf[s + 9] == ':') {
            return exceptionRip(buf, s, e);
        }
        if (Bytes.startsWith(buf, s, e, "--- interrupt: ")) {
            int at = Bytes.indexOf(buf, s, e, " at ");
            Frame frame = at < 0 ? null : FrameParser.parse(buf, at + 4, e, EXCEPTION);
            if (frame != null) {
                add(frame);
            }
            return true;
        }
        if (Bytes.startsWith(buf, s, e, "Last Breaking-Event-Address:")) {
            skipNextFrame = true;
            return true;
        }
        return frame(buf, s, e);
    }

    private boolean frame(byte[] buf, int s, int e) {
        Frame frame = FrameParser.parse(buf, s, e, context);
        if (frame != null) {
            if (skipNextFrame) {
                skipNextFrame = false;
            } else {
                add(frame);
            }
            return true;
        }
        ArmCallLine.Parsed arm = ArmCallLine.parse(buf, s, e, context);
        if (arm == null) {
            return false;
        }
        Frame where = arm.where();
        if (pendingCaller != null && pendingCaller.function().equals(where.function())) {
            where = pendingCaller;
        } else if (pendingCaller != null) {
            frames.add(pendingCaller);
        }
        frames.add(where);
        pendingCaller = arm.from();
        return true;
    }

    private void add(Frame frame) {
        flushPending();
        frames.add(frame);
    }

    private boolean marker(byte[] buf, int s, int e) {
        if (s + 1 < e && buf[s + 1] == '<') {
            s++; // 3.x kernels print "<<EOE>>"
        }
        int close = FrameParser.indexOf(buf, s, e, (byte) '>');
        if (close < 0) {
            return false;
        }
        boolean closing = s + 1 < close && buf[s + 1] == '/';
        int nameStart = closing ? s + 2 : s + 1;
        if (nameStart >= close) {
            return false;
        }
        for (int i = nameStart; i < close; i++) {
            byte b = buf[i];
            if (!(b >= 'A' && b <= 'Z' || b == '#')) {
                return false;
            }
        }
        String name = new String(buf, nameStart, close - nameStart, StandardCharsets.US_ASCII);
        if (closing || name.equals("EOI") || name.equals("EOE")) {
            context = null;
        } else {
            context = name;
        }
        int rest = close + 1 < e && buf[close + 1] == '>' ? close + 2 : close + 1;
        rest = Bytes.skipSpaces(buf, rest, e);
        return rest >= e || frame(buf, rest, e);
    }

    /** {@code RIP: 0010:func+0x41/0x160} (kernel) or {@code RIP: 0033:0x452a09} (user). */
    private boolean exceptionRip(byte[] buf, int s, int e) {
        boolean user = Bytes.startsWith(buf, s + 5, e, "0033") || Bytes.startsWith(buf, s + 5, e, "0023");
        int symbolStart = s + 10;
        int t = Bytes.tokenEnd(buf, symbolStart, e);
        Symbol symbol = Symbol.parse(buf, symbolStart, t);
        if (symbol == null) {
            return false;
        }
        add(new Frame(symbol.function(), symbol.address(), symbol.offset(), symbol.size(), null, false,
                user ? USER : EXCEPTION));
        return true;
    }

    private void flushPending() {
        if (pendingCaller != null) {
            frames.add(pendingCaller);
            pendingCaller = null;
        }
    }

    /**
     * The finished stack; {@code faulting}, when not null, is the function the register dump named
     * (RIP, pc, NIP): it is put first unless the trace already starts with it.
     */
    Backtrace build(Frame faulting, int fallbackLine) {
        flushPending();
        List<Frame> all = frames;
        if (faulting != null && (frames.isEmpty() || !frames.get(0).function().equals(faulting.function())
                || faulting.function().isEmpty())) {
            all = new ArrayList<>(frames.size() + 1);
            all.add(faulting);
            all.addAll(frames);
        }
        return new Backtrace(Backtrace.KERNEL, all, startLine >= 0 ? startLine : fallbackLine);
    }
}
