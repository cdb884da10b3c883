package org.rtscope.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.rtscope.ingest.ImportMonitor;

/**
 * Load progress on stderr, for loads slow enough that a silent terminal would look hung. Quick loads
 * and non-terminal stderr show nothing, so scripted use and captured output stay clean; stdout is
 * never touched, it carries the report.
 */
final class ConsoleProgress implements ImportMonitor, AutoCloseable {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int LINE_WIDTH = 60;

    private final PrintWriter err;
    private final boolean enabled;
    private final long startedAt = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    private ConsoleProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Progress on {@code err} when the process's stderr is a terminal. */
    static ConsoleProgress onStderr(PrintWriter err) {
        return new ConsoleProgress(err, StderrTerminal.isTerminal());
    }

    @Override
    public void progress(long done, long total) {
        if (!enabled || total <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - startedAt < SHOW_AFTER_NANOS || now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        err.printf(Locale.ROOT, "\rloading %3d%%  (%d of %d MB)", done * 100 / total, done >> 20, total >> 20);
        err.flush();
    }

    /** Erases the progress line, if one was drawn. */
    @Override
    public void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(LINE_WIDTH) + "\r");
            err.flush();
        }
    }
}
