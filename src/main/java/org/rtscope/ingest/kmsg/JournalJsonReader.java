package org.rtscope.ingest.kmsg;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.SourceReport;

/**
 * Reads {@code journalctl -o json}, {@code json-pretty} and {@code json-seq}: a stream of JSON objects,
 * one per entry. A byte-level scanner finds where each object ends (tracking strings and nesting, so
 * one bad entry cannot take the rest of the file with it), then Jackson's streaming parser reads the
 * object's fields. {@code MESSAGE} may be a string, an array of byte values (binary or non-UTF-8
 * text) or, for a repeated field, an array whose first element is used. Bytes outside objects that
 * are not whitespace, separators or json-seq's RS are skipped with a warning naming the line; an
 * object larger than {@link #MAX_OBJECT} bytes is skipped, one cut off by the end of the file is
 * reported.
 */
final class JournalJsonReader {
    /** Largest entry read (memory stays bounded on a runaway object). */
    static final int MAX_OBJECT = 16 << 20;
    private static final int BLOCK = 1 << 20;
    private static final byte RECORD_SEPARATOR = 0x1E;

    private final JsonFactory json = new JsonFactory();
    private final JournalEntry entry = new JournalEntry();
    private final SourceReport report;
    private final JournalRecords records;

    JournalJsonReader(SourceReport report, JournalRecords records) {
        this.report = report;
        this.records = records;
    }

    /** Reads the whole stream; false when cancelled. */
    boolean read(InputStream in, long totalBytes, ImportMonitor monitor) throws IOException {
        byte[] block = new byte[BLOCK];
        ByteArrayOutputStream object = new ByteArrayOutputStream(4096);
        long consumed = 0;
        long line = 1;
        long objectLine = 0;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean oversized = false;
        boolean inGarbage = false;
        byte last = '\n';
        int n;
        while ((n = in.read(block)) >= 0) {
            if (monitor.isCancelled()) {
                report.lines(line);
                return false;
            }
            consumed += n;
            monitor.progress(consumed, totalBytes);
            int objectStart = depth > 0 ? 0 : -1;
            for (int i = 0; i < n; i++) {
                byte b = block[i];
                if (depth == 0) {
                    if (b == '{') {
                        depth = 1;
                        objectLine = line;
                        objectStart = i;
                        inGarbage = false;
                        oversized = false;
                        object.reset();
                    } else if (b == '\n') {
                        inGarbage = false;
                    } else if (!inGarbage && !isSeparator(b)) {
                        inGarbage = true;
                        report.skip(line, "not a JSON journal entry: " + Bytes.excerpt(block, i, lineLength(block, i, n)));
                    }
                } else if (inString) {
                    if (escaped) {
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
                        if (!oversized) {
                            object.write(block, objectStart, i + 1 - objectStart);
                            parse(object.toByteArray(), (int) objectLine);
                        }
                        objectStart = -1;
                    }
                }
                if (b == '\n') {
                    line++;
                }
            }
            if (n > 0) {
                last = block[n - 1];
            }
            if (depth > 0 && !oversized) {
                object.write(block, objectStart, n - objectStart);
                if (object.size() > MAX_OBJECT) {
                    oversized = true;
                    object.reset();
                    report.skip(objectLine, "journal entry over " + (MAX_OBJECT >> 20) + " MB skipped");
                }
            }
        }
        if (depth > 0) {
            report.skip(objectLine, "journal entry cut off by the end of the file");
        }
        report.lines(last == '\n' ? line - 1 : line);
        return true;
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

    /** Reads one object's fields with Jackson and adds the entry. */
    private void parse(byte[] bytes, int line) {
        entry.clear();
        entry.line = line;
        try (JsonParser p = json.createParser(bytes)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!JournalEntry.isUsed(name)) {
                    p.skipChildren();
                } else if (value == JsonToken.START_ARRAY) {
                    array(p, name);
                } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    entry.field(name, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            report.skip(line, "bad JSON journal entry: " + e.getOriginalMessage());
            return;
        } catch (IOException e) {
            report.skip(line, "bad JSON journal entry: " + e.getMessage());
            return;
        }
        records.add(entry);
    }

    /** A byte array ({@code [104,105]}), or repeated values of which the first counts. */
    private void array(JsonParser p, String name) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            byteArray(p, name, t);
            return;
        }
        boolean taken = false;
        while (t != JsonToken.END_ARRAY) {
            if (!taken && t == JsonToken.VALUE_STRING) {
                entry.field(name, p.getText());
                taken = true;
            } else if (!taken && t == JsonToken.START_ARRAY) {
                JsonToken inner = p.nextToken();
                if (inner == JsonToken.VALUE_NUMBER_INT) {
                    byteArray(p, name, inner);
                    taken = true;
                } else {
                    while (inner != JsonToken.END_ARRAY) {
                        p.skipChildren();
                        inner = p.nextToken();
                    }
                }
            } else {
                p.skipChildren();
            }
            t = p.nextToken();
        }
    }

    /** Reads the numbers up to the closing bracket as bytes. */
    private void byteArray(JsonParser p, String name, JsonToken first) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonToken t = first;
        while (t == JsonToken.VALUE_NUMBER_INT) {
            bytes.write(p.getIntValue());
            t = p.nextToken();
        }
        if (t != JsonToken.END_ARRAY) {
            throw new JsonParseException(p, "byte array holds a non-number");
        }
        byte[] value = bytes.toByteArray();
        entry.field(name, value, 0, value.length);
    }
}
