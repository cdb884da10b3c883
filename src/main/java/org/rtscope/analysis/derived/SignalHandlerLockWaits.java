package org.rtscope.analysis.derived;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Frame;

/**
 * A thread waiting for a lock inside a signal handler (CATALOG P23): in its backtrace, lock-wait frames
 * sit above a {@code <signal handler called>} frame. A handler runs on the stack of the thread it
 * interrupted, so when the interrupted code holds the same lock — a non-recursive mutex, malloc's arena
 * lock, stdio's file lock — the thread waits for itself and never wakes. The thread sleeps in a futex
 * (state S), so no kernel watchdog reports it.
 *
 * <p>The handler is the frame right above the signal frame (the function the kernel called). The lock frames
 * are glibc's lock entry points and their internals across versions
 * ({@code pthread_mutex_lock}, {@code ___pthread_mutex_lock} and {@code lll_mutex_lock_optimized} in
 * glibc ≥ 2.34, {@code __lll_lock_wait}, {@code __lll_lock_wait_private} for malloc and syslog,
 * {@code _IO_flockfile} for stdio).
 */
public final class SignalHandlerLockWaits {
    private static final Pattern LOCK_FRAME = Pattern.compile(
            "_*(pthread_mutex_(timed)?lock|pthread_mutex_clocklock|pthread_mutex_lock_full|lll_mutex_lock_optimized"
            + "|lll_lock_wait(_private)?|lll_lock_wait_private|pthread_rwlock_(rd|wr)lock|pthread_spin_lock"
            + "|IO_flockfile|IO_lock_lock|futex_wait|futex_abstimed_wait_common(64)?|sem_wait)");
    /** The lock entry points a person calls; the name a finding shows. */
    private static final Pattern LOCK_API = Pattern.compile(
            "_*(pthread_mutex_(timed)?lock|pthread_mutex_clocklock|pthread_rwlock_(rd|wr)lock|pthread_spin_lock"
            + "|IO_flockfile|sem_wait)");
    private static final Pattern SIGNAL_ARG = Pattern.compile("\\bsig(?:no|num)?\\s*=\\s*(?:sig@entry=)?(\\d+)");
    private static final Pattern LOCK_OBJECT = Pattern.compile("<([A-Za-z_][\\w.]*)(?:\\+\\d+)?>");

    /**
     * What the backtrace shows.
     *
     * @param lockFunction   the lock API the handler called (canonical name, e.g. {@code pthread_mutex_lock}), or
     *                       for an allocator or stdio lock the library function it called ({@code malloc})
     * @param lockObject     the lock's symbol when gdb printed it ({@code <stats_lock>}), or null
     * @param handler        the signal handler's function
     * @param signal         the signal number from the handler's arguments, or -1
     * @param interrupted    the code the signal interrupted: the first frame below the signal frame that is not
     *                       a C library wrapper (glibc's {@code setitimer ()} at {@code ../sysdeps/…}), because its
     *                       caller is the one that holds the lock
     * @param lockFrame      index of the outermost lock frame; {@code handlerFrame}, {@code signalFrame},
     *                       {@code interruptedFrame} likewise index into the backtrace
     */
    public record Wait(String lockFunction, String lockObject, String handler, int signal, String interrupted,
                       int lockFrame, int handlerFrame, int signalFrame, int interruptedFrame) {
    }

    private SignalHandlerLockWaits() {
    }

    /** The lock wait under a signal frame in {@code stack}, if there is one. */
    public static Optional<Wait> find(Backtrace stack) {
        List<Frame> frames = stack.frames();
        int signal = signalFrameIndex(frames);
        if (signal <= 0) {
            return Optional.empty();
        }
        boolean pseudoFrame = FrameNames.isSignalFrame(frames.get(signal).function());
        int handler = signal - 1;
        while (handler >= 0 && isUnnamed(frames.get(handler))) {
            handler--;
        }
        int lock = -1;
        int api = -1;
        for (int k = 0; k < handler; k++) {
            String fn = FrameNames.normalize(frames.get(k).function());
            if (LOCK_FRAME.matcher(fn).matches()) {
                lock = k;
                if (LOCK_API.matcher(fn).matches()) {
                    api = k;
                }
            }
        }
        if (lock < 0) {
            return Optional.empty();
        }
        int named = api >= 0 ? api : handler - 1;
        int interrupted = pseudoFrame ? signal + 1 : signal;
        if (interrupted >= frames.size()) {
            interrupted = -1;
        }
        while (interrupted >= 0 && interrupted + 1 < frames.size() && isLibraryFrame(frames.get(interrupted))) {
            interrupted++;
        }
        return Optional.of(new Wait(FrameNames.canonical(frames.get(named).function()), lockObject(frames, named),
                FrameNames.canonical(frames.get(handler).function()), signalNumber(frames.get(handler)),
                interrupted < 0 ? "" : FrameNames.canonical(frames.get(interrupted).function()), named, handler, signal,
                interrupted));
    }

    /**
     * Index of the signal frame: gdb's {@code <signal handler called>} pseudo-frame, or else (an importer
     * that marked the handler's frames with context {@code signal} instead) the first interrupted frame
     * after them; -1 when there is none.
     */
    static int signalFrameIndex(List<Frame> frames) {
        for (int k = 0; k < frames.size(); k++) {
            if (FrameNames.isSignalFrame(frames.get(k).function())) {
                return k;
            }
        }
        for (int k = 1; k < frames.size(); k++) {
            if ("signal".equals(frames.get(k - 1).context()) && !"signal".equals(frames.get(k).context())) {
                return k;
            }
        }
        return -1;
    }

    /** A frame in the C library rather than the program: glibc sources ({@code sysdeps/}) or a shared object. */
    private static boolean isLibraryFrame(Frame frame) {
        String where = frame.location();
        return where != null && (where.contains("sysdeps/") || where.matches("(from )?/(usr/)?lib.*\\.so.*"));
    }

    private static boolean isUnnamed(Frame frame) {
        String fn = FrameNames.normalize(frame.function());
        return fn.isEmpty() || fn.equals("??");
    }

    private static int signalNumber(Frame handler) {
        if (handler.args() == null) {
            return -1;
        }
        Matcher m = SIGNAL_ARG.matcher(handler.args());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String lockObject(List<Frame> frames, int from) {
        for (int k = from; k >= 0; k--) {
            String args = frames.get(k).args();
            if (args != null) {
                Matcher m = LOCK_OBJECT.matcher(args);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
