package org.rtscope.ingest.tracedat;

/**
 * A part of a trace.dat that cannot be read as the format says (truncated, wrong magic, impossible
 * size). Never leaves the importer: it becomes a warning naming the file offset, and whatever was read
 * before stays in the trace.
 */
final class TraceDatException extends Exception {
    private static final long serialVersionUID = 1L;

    TraceDatException(String message) {
        super(message);
    }

    TraceDatException(String message, Throwable cause) {
        super(message, cause);
    }
}
