package org.rtscope.model;

import java.util.List;

/**
 * A stack, innermost frame first, with the kind of stack it is (kernel, user) and the source line
 * where it started so the inspector can show the original text.
 */
public record Backtrace(String kind, List<Frame> frames, int line) {
    public static final String KERNEL = "kernel";
    public static final String USER = "user";

    public Backtrace {
        frames = List.copyOf(frames);
    }

    /** True when some frame's function equals {@code function}. */
    public boolean contains(String function) {
        for (Frame frame : frames) {
            if (frame.function().equals(function)) {
                return true;
            }
        }
        return false;
    }
}
