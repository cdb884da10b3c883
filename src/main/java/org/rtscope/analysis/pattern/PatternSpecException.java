package org.rtscope.analysis.pattern;

/** A pattern spec that cannot be used, with a message naming the file, the clue and what is wrong. */
public final class PatternSpecException extends Exception {
    private static final long serialVersionUID = 1L;

    public PatternSpecException(String message) {
        super(message);
    }

    public PatternSpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
