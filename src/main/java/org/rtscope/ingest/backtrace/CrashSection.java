package org.rtscope.ingest.backtrace;

/**
 * The reader of one crash command's output (the lines between two {@code crash>} prompts). Each
 * command prints its own layout, so each gets its own reader; they all write to one {@link CrashOutput}.
 */
interface CrashSection {

    /**
     * One line of the output: {@code buf[off, end)} with escapes removed and trailing spaces trimmed;
     * {@code s} is its first non-blank byte ({@code s > off} means indented, {@code s == end} blank).
     */
    void line(byte[] buf, int off, int s, int end, long lineNo);

    /** The command's output is complete: keep what is still open. */
    void finish();
}
