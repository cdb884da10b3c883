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
import org.rtscope.model.SourceReport;

/**
 * Reads {@code journalctl -o json}, {@code json-pretty} and {@code json-seq}: a stream of JSON objects,
 * one per entry. {@link JsonObjectSplitter} cuts the stream into entries, then Jackson's streaming
 * parser reads each entry's fields. {@code MESSAGE} may be a string, an array of byte values (binary
 * or non-UTF-8 text) or, for a repeated field, an array whose first element is used. An entry Jackson
 * rejects is skipped with a warning naming its line.
 */
final class JournalJsonReader {
    private static final int BLOCK = 1 << 20;

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
        JsonObjectSplitter splitter = new JsonObjectSplitter(new JsonObjectSplitter.Sink() {
            @Override
            public void object(byte[] json, int line) {
                parse(json, line);
            }

            @Override
            public void problem(long line, String message) {
                report.skip(line, message);
            }
        });
        byte[] block = new byte[BLOCK];
        long consumed = 0;
        int n;
        while ((n = in.read(block)) >= 0) {
            if (monitor.isCancelled()) {
                report.lines(splitter.lines());
                return false;
            }
            consumed += n;
            monitor.progress(consumed, totalBytes);
            splitter.feed(block, n);
        }
        splitter.end();
        report.lines(splitter.lines());
        return true;
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
