package org.rtscope.ingest.kmsg;

import java.nio.charset.StandardCharsets;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.SourceReport;

/**
 * Reads {@code journalctl -o verbose}: an entry header {@code Sat 2021-03-13 15:23:01.592206 UTC
 * [s=...;i=...;b=<boot id>;m=<monotonic µs, hex>;t=<realtime µs, hex>;x=...]} followed by the
 * entry's fields, one {@code     NAME=value} line each. The cursor gives boot id and both timestamps;
 * {@code -- Boot ... --} separators are redundant with it and skipped. Fed line by line.
 */
final class JournalVerboseReader {
    private final SourceReport report;
    private final JournalRecords records;
    private final JournalEntry entry = new JournalEntry();
    private final WallStamps wall = new WallStamps();

    JournalVerboseReader(SourceReport report, JournalRecords records) {
        this.report = report;
        this.records = records;
    }

    void line(byte[] buf, int off, int len, long lineNo) {
        int end = off + len;
        if (len == 0 || Bytes.startsWith(buf, off, end, "-- ")) {
            return;
        }
        if (Bytes.isSpace(buf[off])) {
            int s = Bytes.skipSpaces(buf, off, end);
            int eq = ByteScan.indexOf(buf, s, end, (byte) '=');
            if (eq > s && !entry.isEmpty()) {
                String name = new String(buf, s, eq - s, StandardCharsets.US_ASCII);
                if (JournalEntry.isUsed(name)) {
                    entry.field(name, buf, eq + 1, end - eq - 1);
                }
                return;
            }
        } else if (header(buf, off, end, lineNo)) {
            return;
        }
        report.skip(lineNo, "not a journal verbose line: " + Bytes.excerpt(buf, off, len));
    }

    /** An entry header: the previous entry is complete. */
    private boolean header(byte[] buf, int off, int end, long lineNo) {
        int cursor = Bytes.indexOf(buf, off, end, " [s=");
        if (cursor < 0 || !wall.weekdayDate(buf, off, end)) {
            return false;
        }
        finish();
        entry.line = (int) lineNo;
        int close = ByteScan.indexOf(buf, cursor, end, (byte) ']');
        int i = cursor + 2;
        int stop = close < 0 ? end : close;
        while (i < stop) {
            int semicolon = ByteScan.indexOf(buf, i, stop, (byte) ';');
            int fieldEnd = semicolon < 0 ? stop : semicolon;
            if (fieldEnd - i > 2 && buf[i + 1] == '=') {
                cursorField(buf[i], buf, i + 2, fieldEnd);
            }
            i = fieldEnd + 1;
        }
        if (entry.realtimeUs == JournalEntry.NONE) {
            entry.realtimeUs = wall.nanos / 1000;
        }
        return true;
    }

    private void cursorField(byte key, byte[] buf, int from, int to) {
        switch (key) {
            case 'b':
                entry.field("_BOOT_ID", buf, from, to - from);
                break;
            case 'm':
                entry.monotonicUs = Bytes.parseHex(buf, from, to);
                break;
            case 't':
                entry.realtimeUs = Bytes.parseHex(buf, from, to);
                break;
            default:
                break;
        }
    }

    /** Adds the last entry. */
    void finish() {
        if (!entry.isEmpty()) {
            records.add(entry);
        }
        entry.clear();
    }
}
