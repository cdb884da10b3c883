package org.rtscope.ingest.backtrace;

import java.util.HashMap;
import java.util.Map;
import org.rtscope.model.Frame;
import org.rtscope.model.StringPool;

/**
 * Shares equal names and equal frames across the reports of one import. A {@code thread apply all bt}
 * of a server or a {@code foreach bt} of a busy kernel holds hundreds of threads parked in the same
 * few places; each distinct frame is then kept once instead of once per thread, and names are looked
 * up from the line bytes without creating a String when they are already known.
 */
final class Interner {
    private final StringPool pool = new StringPool();
    private final Map<Frame, Frame> frames = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    /** The string of the UTF-8 bytes {@code buf[from, to)}, shared with every equal one. */
    String text(byte[] buf, int from, int to) {
        return pool.get(pool.intern(buf, from, to - from));
    }

    /** The string equal to {@code s}, shared with every equal one. */
    String text(String s) {
        return pool.get(pool.intern(s));
    }

    /**
     * The string equal to {@code s} that was seen first: attribute keys ({@code "#3 locals"}) and values
     * (the same locals and registers in every thread parked at the same place) are kept once.
     */
    String shared(String s) {
        String known = texts.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** The frame equal to {@code frame} that was seen first (or {@code frame} itself). */
    Frame frame(Frame frame) {
        Frame known = frames.putIfAbsent(frame, frame);
        return known == null ? frame : known;
    }
}
