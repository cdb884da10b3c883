package org.rtscope.ingest;

/**
 * How a long import talks to whoever started it: it reports progress and polls for cancellation.
 * Implementations must be cheap; parsers call them every few thousand lines from a background thread.
 */
public interface ImportMonitor {
    /** A monitor that ignores progress and never cancels. */
    ImportMonitor NONE = new ImportMonitor() {
    };

    /** {@code done} of {@code total} bytes have been read ({@code total} may be -1 when unknown). */
    default void progress(long done, long total) {
    }

    /** True when the user asked to stop; the parser then returns what it has read so far. */
    default boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
