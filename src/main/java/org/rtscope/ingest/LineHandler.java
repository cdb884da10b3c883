package org.rtscope.ingest;

/** Receives the lines of a file as byte ranges (no terminator, no CR) in order; {@code line} is 1-based. */
@FunctionalInterface
public interface LineHandler {
    void line(byte[] buf, int off, int len, long line);
}
