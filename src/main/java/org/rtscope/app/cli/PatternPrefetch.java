package org.rtscope.app.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.rtscope.analysis.detect.Detectors;
import org.rtscope.analysis.pattern.PatternLibrary;

/**
 * Reading the pattern specs started early, on another core. A cold JVM needs about 0.2 s for it (Jackson
 * alone loads hundreds of classes), while the main thread spends about as long parsing the command line
 * and sniffing the input with the second core idle: starting the specs there takes them off the critical
 * path, where before they competed with the trace parser for both cores.
 *
 * <p>One read is handed over at a time: {@link #take} returns the one {@link #start} began, or starts one.
 */
public final class PatternPrefetch {
    private static final AtomicReference<CompletableFuture<PatternLibrary>> STARTED = new AtomicReference<>();

    private PatternPrefetch() {
    }

    /** Starts reading the specs for the command about to run. */
    public static void start() {
        STARTED.set(read());
    }

    /** Forgets a read nobody took (the command failed before it analysed anything). */
    public static void discard() {
        STARTED.set(null);
    }

    /** The read {@link #start} began, or a new one. */
    static CompletableFuture<PatternLibrary> take() {
        CompletableFuture<PatternLibrary> started = STARTED.getAndSet(null);
        return started != null ? started : read();
    }

    private static CompletableFuture<PatternLibrary> read() {
        return CompletableFuture.supplyAsync(() -> PatternLibrary.load(Detectors.byName()));
    }
}
