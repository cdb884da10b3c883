package org.rtscope.app.cli;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.Trace;

/**
 * Measures how fast a file loads and how much heap the loaded trace keeps, the two figures DESIGN.md
 * sets targets for (≤ 40 bytes per event). The first load warms the JIT and is not timed; the time is
 * the median of the others, and memory is measured around the last load.
 */
final class LoadBenchmark {

    /**
     * @param seconds                median load time of the timed runs
     * @param retainedBytesPerEvent  measured: heap after full GC with the trace held, minus before, per event
     * @param modelBytesPerEvent     the trace's own estimate ({@link Trace#retainedBytes()}) per event
     */
    record Result(long bytes, long events, double seconds, double retainedBytesPerEvent, double modelBytesPerEvent) {

        double eventsPerSecond() {
            return events / seconds;
        }

        /** Decimal megabytes (10^6 bytes) per second. */
        double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** Thrown when the file gives no trace to measure. */
    static final class UnreadableException extends Exception {
        UnreadableException(String message) {
            super(message);
        }
    }

    private LoadBenchmark() {
    }

    /** Loads {@code file} {@code runs} times (at least 2: one warm-up, one timed). */
    static Result run(Path file, int runs) throws IOException, UnreadableException {
        if (runs < 2) {
            throw new IllegalArgumentException("need at least 2 runs (the first is a warm-up), got " + runs);
        }
        long[] timed = new long[runs - 1];
        Case.Source held = null;
        long baseline = 0;
        for (int run = 0; run < runs; run++) {
            held = null;
            long used = HeapMeter.usedAfterGc();
            if (run == runs - 1) {
                baseline = used;
            }
            long started = System.nanoTime();
            Case.Source source = CaseLoader.loadOne(file, ImportMonitor.NONE);
            long elapsed = System.nanoTime() - started;
            if (source.report().events() == 0) {
                String why = source.report().warnings().isEmpty() ? "no events or records found"
                        : source.report().warnings().get(0).message();
                throw new UnreadableException(file + ": " + why);
            }
            held = source;
            if (run > 0) {
                timed[run - 1] = elapsed;
            }
        }
        long retained = HeapMeter.usedAfterGc() - baseline;
        long bytes = Files.size(file);
        Reference.reachabilityFence(held);
        // trace events, or for log and backtrace files their records and reports
        long events = held.report().events();
        long model = held.trace() != null ? held.trace().retainedBytes()
                : held.logs() != null ? held.logs().retainedBytes() : 0;
        return new Result(bytes, events, median(timed) / 1e9, (double) retained / events, (double) model / events);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
