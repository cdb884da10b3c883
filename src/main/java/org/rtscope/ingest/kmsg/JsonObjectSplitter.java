package org.rtscope.ingest.kmsg;

import java.io.ByteArrayOutputStream;
import org.rtscope.ingest.text.Bytes;

/**
 * Cuts a byte stream of concatenated JSON objects ({@code journalctl -o json}, {@code json-pretty},
 * {@code json-seq}) into one byte array per object, tracking strings and nesting byte by byte so a
 * parser only ever sees one entry. Resynchronises at line starts, so one damaged entry cannot take
 * the rest of the file with it: JSON strings never hold a raw line break, and journalctl starts every
 * entry on a new line, so a line break inside a string, or a {@code {} opening a line while an entry
 * is still open, ends the damaged entry. Bytes outside entries other than blanks, commas, brackets and
 * json-seq's RS are reported once per line. An entry over {@link #MAX_OBJECT} bytes is dropped.
 */
final class JsonObjectSplitter {
    /** Largest entry kept (memory stays bounded on a runaway object). */
    static final int MAX_OBJECT = 16 << 20;
    private static final byte RECORD_SEPARATOR = 0x1E;

    /** Receives the entries and the problems, with 1-based line numbers. */
    interface Sink {
        void object(byte[] json, int line);

        void problem(long line, String message);
    }

    private final Sink sink;
    private final ByteArrayOutputStream object = new ByteArrayOutputStream(4096);
    private long line = 1;
    private long objectLine;
    private int depth;
    private boolean inString;
    private boolean escaped;
    private boolean oversized;
    private boolean inGarbage;
    private boolean atLineStart = true;
    private byte last = '\n';

    JsonObjectSplitter(Sink sink) {
        this.sink = sink;
    }

    /** Takes the next {@code n} bytes of the stream. */
    void feed(byte[] block, int n) {
        int objectStart = depth > 0 ? 0 : -1;
        for (int i = 0; i < n; i++) {
            byte b = block[i];
            if (b == '{' && atLineStart && depth > 0) {
                keep(block, objectStart, i);
                sink.problem(objectLine, "journal entry not closed before line " + line);
                depth = 0;
                inString = false;
            }
            if (depth == 0) {
                if (b == '{' && !inGarbage) {
                    depth = 1;
                    objectLine = line;
                    objectStart = i;
                    oversized = false;
                    object.reset();
                } else if (b != '\n' && !inGarbage && !isSeparator(b)) {
                    inGarbage = true;
                    sink.problem(line, "not a JSON journal entry: " + Bytes.excerpt(block, i, lineLength(block, i, n)));
                }
            } else if (inString) {
                if (b == '\n') {
                    sink.problem(objectLine, "journal entry broken by a line break inside a string");
                    depth = 0;
                    inString = false;
                } else if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
                if (depth == 0) {
                    keep(block, objectStart, i + 1);
                    if (!oversized) {
                        sink.object(object.toByteArray(), (int) objectLine);
                    }
                }
            }
            if (b == '\n') {
                line++;
                inGarbage = false;
                atLineStart = true;
            } else if (b != ' ' && b != '\t' && b != '\r' && b != RECORD_SEPARATOR) {
                atLineStart = false;
            }
        }
        if (n > 0) {
            last = block[n - 1];
        }
        if (depth > 0) {
            keep(block, objectStart, n);
        }
    }

    /** The stream ended. */
    void end() {
        if (depth > 0) {
            sink.problem(objectLine, "journal entry cut off by the end of the file");
        }
    }

    /** Lines seen (a last line without newline counts). */
    long lines() {
        return last == '\n' ? line - 1 : line;
    }

    /** Appends {@code block[from, to)} to the open entry, dropping the entry once it is too large. */
    private void keep(byte[] block, int from, int to) {
        if (oversized || from < 0) {
            return;
        }
        object.write(block, from, to - from);
        if (object.size() > MAX_OBJECT) {
            oversized = true;
            object.reset();
            sink.problem(objectLine, "journal entry over " + (MAX_OBJECT >> 20) + " MB skipped");
        }
    }

    private static boolean isSeparator(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == ',' || b == '[' || b == ']' || b == RECORD_SEPARATOR;
    }

    private static int lineLength(byte[] buf, int from, int n) {
        int i = from;
        while (i < n && buf[i] != '\n') {
            i++;
        }
        return i - from;
    }
}
