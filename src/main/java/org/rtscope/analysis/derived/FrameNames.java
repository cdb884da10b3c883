package org.rtscope.analysis.derived;

import java.util.regex.Pattern;

/**
 * Function names as the backtraces print them, made comparable. Compilers and libraries decorate names:
 * GCC clones ({@code tick_sched_handle.isra.12}, {@code .constprop.0}, {@code .part.0}, {@code .cold}),
 * glibc's internal aliases ({@code __GI___pthread_mutex_lock}, {@code ___pthread_mutex_lock} in glibc ≥ 2.34)
 * and symbol versions ({@code pthread_cond_wait@@GLIBC_2.3.2}). Pattern specs match the
 * {@link #normalize normalized} name; titles show the {@link #canonical} one.
 */
public final class FrameNames {
    private static final Pattern CLONE_SUFFIX = Pattern.compile("(\\.(isra|constprop|part|cold|llvm|lto_priv)(\\.\\d+)?)+$");
    private static final Pattern OFFSET = Pattern.compile("\\+0x[0-9a-fA-F]+(/0x[0-9a-fA-F]+)?$");
    private static final String SIGNAL_FRAME = "<signal handler called>";

    private FrameNames() {
    }

    /** Strips offsets, clone suffixes, symbol versions and glibc's {@code __GI_} prefix; keeps underscores. */
    public static String normalize(String function) {
        if (function == null) {
            return "";
        }
        String s = function.strip();
        s = OFFSET.matcher(s).replaceFirst("");
        int at = s.indexOf('@');
        if (at > 0) {
            s = s.substring(0, at);
        }
        s = CLONE_SUFFIX.matcher(s).replaceFirst("");
        if (s.startsWith("__GI_")) {
            s = s.substring("__GI_".length());
        }
        return s;
    }

    /**
     * The name a person would search for: {@link #normalize normalized} without leading underscores and without
     * glibc's {@code libc_} prefix ({@code __libc_malloc} is {@code malloc}).
     */
    public static String canonical(String function) {
        String s = normalize(function);
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '_') {
            i++;
        }
        s = s.substring(i);
        return s.startsWith("libc_") && s.length() > 5 ? s.substring(5) : s;
    }

    /** True for gdb's {@code <signal handler called>} pseudo-frame. */
    public static boolean isSignalFrame(String function) {
        return function != null && function.strip().equals(SIGNAL_FRAME);
    }
}
