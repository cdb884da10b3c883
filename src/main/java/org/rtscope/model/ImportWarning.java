package org.rtscope.model;

/** A problem with one line of a source: the 1-based line number (0 for the file as a whole) and what was wrong. */
public record ImportWarning(long line, String message) {
}
