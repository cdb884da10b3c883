package org.rtscope.ingest.perf;

import java.util.ArrayList;
import java.util.List;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Frame;
import org.rtscope.model.TraceBuilder;

/**
 * Collects the frame lines that follow an event line (innermost first) and attaches them to that
 * event as a {@link Backtrace}. A sample printed with its ip on the event line itself
 * ({@code cycles:  ffffffff96613abf [unknown] ([kernel.kallsyms])}) gets a one-frame backtrace.
 * {@code -F +srcline} prints the source line under a frame ({@code   foo.c:123}); it becomes that
 * frame's location. Identical chains share one frame list, so a profile that hits the same path a
 * million times keeps that path once.
 */
final class Callchain {
    private final TraceBuilder builder;
    private final FrameParser parser;
    private final List<Frame> frames = new ArrayList<>();
    private final SharedChains chains = new SharedChains();
    private int owner = -1;
    private int line;
    private Frame inline;
    private boolean discarding;

    Callchain(TraceBuilder builder) {
        this.builder = builder;
        this.parser = new FrameParser(builder.strings());
    }

    /** Starts the chain of event {@code event} (read at {@code lineNo}), closing the previous one. */
    void open(int event, int lineNo) {
        close();
        owner = event;
        line = lineNo;
    }

    /** Swallows the frames of an event line that was skipped, so they are not reported once more. */
    void discard() {
        close();
        discarding = true;
    }

    /** True while frame lines belong to an event (or are being discarded with a skipped one). */
    boolean isOpen() {
        return owner >= 0 || discarding;
    }

    /** True when the open chain has frames already (a blank line then ends it). */
    boolean hasFrames() {
        return !frames.isEmpty();
    }

    /** The event line's own ip/sym/dso text, used when no frame lines follow. */
    void inlineFrame(byte[] buf, int from, int end) {
        inline = parser.parse(buf, from, end);
    }

    /** Adds one frame line; false when it is neither a frame nor a source line of the previous frame. */
    boolean frame(byte[] buf, int from, int end) {
        if (discarding) {
            return true;
        }
        Frame frame = parser.parse(buf, from, end);
        if (frame != null) {
            frames.add(frame);
            return true;
        }
        return sourceLine(buf, from, end);
    }

    /**
     * {@code -F +srcline}: the line under a frame, {@code   file.c:123} or, without debug info,
     * {@code   [kernel.kallsyms][ffffffff813ad50a]}: one token that is not a frame itself.
     */
    private boolean sourceLine(byte[] buf, int from, int end) {
        int s = Bytes.skipSpaces(buf, from, end);
        int e = Bytes.trimEnd(buf, s, end);
        if (frames.isEmpty() || s >= e || Bytes.tokenEnd(buf, s, e) != e) {
            return false;
        }
        int last = frames.size() - 1;
        Frame f = frames.get(last);
        String location = builder.strings().get(builder.strings().intern(buf, s, e - s));
        frames.set(last, new Frame(f.function(), f.address(), f.offset(), f.size(), f.module(), f.unreliable(),
                f.context(), location, f.args()));
        return true;
    }

    /** Attaches the collected chain (or the inline frame) to its event. */
    void close() {
        if (owner >= 0) {
            if (!frames.isEmpty()) {
                attach(frames);
            } else if (inline != null) {
                attach(List.of(inline));
            }
        }
        frames.clear();
        inline = null;
        owner = -1;
        discarding = false;
    }

    private void attach(List<Frame> chain) {
        List<Frame> shared = chains.share(chain);
        String kind = "user".equals(shared.get(0).context()) ? Backtrace.USER : Backtrace.KERNEL;
        builder.attachStack(owner, new Backtrace(kind, shared, line));
    }
}
