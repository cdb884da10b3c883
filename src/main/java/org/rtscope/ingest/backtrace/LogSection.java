package org.rtscope.ingest.backtrace;

import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.LogStore;

/**
 * Reads {@code log} / {@code dmesg} output of crash — the kernel ring buffer saved in the dump — into
 * log records on the boot clock, so the last messages before the crash sit on the timeline with the
 * rest of the case. Understands the stamp {@code [ 2174.289360]}, the caller id of {@code log -c}
 * ({@code [     T1]} task, {@code [    C0]} CPU), the level prefix of {@code log -m} ({@code <6>}) and
 * the dictionary lines of {@code log -d} ({@code SUBSYSTEM=pci}), which continue their record. Lines
 * without a stamp ({@code log -t}, {@code log -T} wall-clock stamps) are kept as records without a time.
 */
final class LogSection implements CrashSection {
    private final LogStore.Builder logs;
    private final int kernel;

    LogSection(CrashOutput out) {
        this.logs = out.logs();
        this.kernel = logs.strings().intern("kernel");
    }

    @Override
    public void line(byte[] buf, int off, int s, int end, long lineNo) {
        if (s == end || (end - s == 3 && Bytes.startsWith(buf, s, end, "..."))) {
            return;
        }
        if (logs.size() > 0 && isDictionary(buf, s, end)) {
            logs.continueLast(buf, s, end - s);
            return;
        }
        int p = s;
        int level = LogStore.NO_LEVEL;
        if (buf[p] == '<') {
            int close = Bytes.indexOf(buf, p, end, ">");
            int value = close < 0 ? -1 : Bytes.parseInt(buf, p + 1, close, -1);
            if (value >= 0 && close - p <= 4) {
                level = value & 7;
                p = close + 1;
            }
        }
        long time = LogStore.NO_TIME;
        if (p < end && buf[p] == '[') {
            int close = Bytes.indexOf(buf, p, end, "]");
            long ns = close < 0 ? Bytes.NONE : Bytes.parseSecondsAsNanos(buf, Bytes.skipSpaces(buf, p + 1, close), close);
            if (ns != Bytes.NONE && Bytes.indexOf(buf, p, close, ".") > 0) {
                time = ns;
                p = close + 1;
                if (p < end && buf[p] == ' ') {
                    p++;
                }
            }
        }
        int pid = -1;
        int cpu = -1;
        if (time != LogStore.NO_TIME && p < end && buf[p] == '[') {
            int close = Bytes.indexOf(buf, p, end, "]");
            int id = close < 0 ? -1 : Bytes.skipSpaces(buf, p + 1, close);
            if (id >= 0 && id + 1 < close && (buf[id] == 'T' || buf[id] == 'C')) {
                int value = Bytes.parseInt(buf, id + 1, close, -1);
                if (value >= 0) {
                    if (buf[id] == 'T') {
                        pid = value;
                    } else {
                        cpu = value;
                    }
                    p = close + 1 < end && buf[close + 1] == ' ' ? close + 2 : close + 1;
                }
            }
        }
        logs.add(time, LogStore.NO_TIME, level, kernel, pid, cpu, (int) lineNo, 0, buf, p, end - p);
    }

    @Override
    public void finish() {
        // records are complete when added
    }

    /** {@code SUBSYSTEM=pci}, {@code DEVICE=+pci:0000:ff:02.0}: key/value lines of {@code log -d}. */
    private static boolean isDictionary(byte[] buf, int s, int end) {
        int i = s;
        while (i < end && ((buf[i] >= 'A' && buf[i] <= 'Z') || buf[i] == '_' || Bytes.isDigit(buf[i]))) {
            i++;
        }
        return i > s && i < end && buf[i] == '=';
    }
}
