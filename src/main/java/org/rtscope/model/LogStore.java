package org.rtscope.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Log records (kernel log, syslog, journal) in primitive columns, like {@link Trace} stores events:
 * no object per record, message text in one UTF-8 heap, names in a string pool.
 *
 * <p>A record has up to two times: nanoseconds on the boot clock ({@code [ 1244.392351]}, journal
 * monotonic) and nanoseconds since the epoch (syslog, {@code dmesg -T}, journal realtime); either may
 * be {@link #NO_TIME}. Records keep file order; multi-line reports are linked by {@link #report}.
 */
public final class LogStore {
    /** Marks a missing time. */
    public static final long NO_TIME = Long.MIN_VALUE;
    /** Marks a missing level. */
    public static final int NO_LEVEL = -1;

    private final long[] bootNs;
    private final long[] wallNs;
    private final byte[] level;
    private final int[] ident;
    private final int[] pid;
    private final short[] cpu;
    private final int[] line;
    private final short[] boot;
    private final int[] report;
    private final int[] textOffset;
    private final int[] textLength;
    private final byte[] text;
    private final String[] strings;
    /** Added to every boot-clock time: this source's offset onto the case clock. */
    private final long clockOffset;

    private LogStore(LogStore base, long offset) {
        bootNs = base.bootNs;
        wallNs = base.wallNs;
        level = base.level;
        ident = base.ident;
        pid = base.pid;
        cpu = base.cpu;
        line = base.line;
        boot = base.boot;
        report = base.report;
        textOffset = base.textOffset;
        textLength = base.textLength;
        text = base.text;
        strings = base.strings;
        clockOffset = base.clockOffset + offset;
    }

    /** These records with every boot-clock time {@code offset} ns later (shares the columns). */
    public LogStore shifted(long offset) {
        return offset == 0 ? this : new LogStore(this, offset);
    }

    /** Nanoseconds added to the source's boot-clock times to put them on the case clock. */
    public long clockOffset() {
        return clockOffset;
    }

    private LogStore(Builder b) {
        clockOffset = 0;
        int n = b.size;
        bootNs = Arrays.copyOf(b.bootNs, n);
        wallNs = Arrays.copyOf(b.wallNs, n);
        level = Arrays.copyOf(b.level, n);
        ident = Arrays.copyOf(b.ident, n);
        pid = Arrays.copyOf(b.pid, n);
        cpu = Arrays.copyOf(b.cpu, n);
        line = Arrays.copyOf(b.line, n);
        boot = Arrays.copyOf(b.boot, n);
        report = Arrays.copyOf(b.report, n);
        textOffset = Arrays.copyOf(b.textOffset, n);
        textLength = Arrays.copyOf(b.textLength, n);
        text = Arrays.copyOf(b.text, b.textSize);
        strings = b.pool.freeze();
    }

    public int size() {
        return bootNs.length;
    }

    /** Boot-clock time in ns, or {@link #NO_TIME}. */
    public long bootNs(int i) {
        long t = bootNs[i];
        return t == NO_TIME ? NO_TIME : t + clockOffset;
    }

    /** Wall-clock time in ns since the epoch (UTC), or {@link #NO_TIME}. */
    public long wallNs(int i) {
        return wallNs[i];
    }

    /** Syslog level 0 (emerg) – 7 (debug), or {@link #NO_LEVEL}. */
    public int level(int i) {
        return level[i];
    }

    /** Who logged it: "kernel", a daemon's identifier, or empty. */
    public String ident(int i) {
        return strings[ident[i]];
    }

    /** Process id of the logger (or the kernel caller id's task), or -1. */
    public int pid(int i) {
        return pid[i];
    }

    /** CPU from a kernel caller id {@code [C3]}, or -1. */
    public int cpu(int i) {
        return cpu[i];
    }

    /** 1-based line of the source file. */
    public int line(int i) {
        return line[i];
    }

    /** Index of the boot the record belongs to (several boots in one journal stay apart). */
    public int boot(int i) {
        return boot[i];
    }

    /** Index into the source's {@link StackReport} list when the record is part of one, else -1. */
    public int report(int i) {
        return report[i];
    }

    /** The message text (continuation lines joined with '\n'). */
    public String text(int i) {
        return new String(text, textOffset[i], textLength[i], StandardCharsets.UTF_8);
    }

    /** Approximate heap held, for the bytes-per-record figure. */
    public long retainedBytes() {
        long bytes = size() * (8L + 8 + 1 + 4 + 4 + 2 + 4 + 2 + 4 + 4 + 4) + text.length;
        for (String s : strings) {
            bytes += 56 + s.length();
        }
        return bytes;
    }

    /** Appends records in file order; not thread-safe. */
    public static final class Builder {
        private final StringPool pool = new StringPool();
        private long[] bootNs = new long[256];
        private long[] wallNs = new long[256];
        private byte[] level = new byte[256];
        private int[] ident = new int[256];
        private int[] pid = new int[256];
        private short[] cpu = new short[256];
        private int[] line = new int[256];
        private short[] boot = new short[256];
        private int[] report = new int[256];
        private int[] textOffset = new int[256];
        private int[] textLength = new int[256];
        private byte[] text = new byte[4096];
        private int textSize;
        private int size;

        public StringPool strings() {
            return pool;
        }

        public int size() {
            return size;
        }

        /**
         * Adds a record whose text is {@code buf[off, off+len)} and returns its index.
         *
         * @param identId a {@link #strings()} id, or {@link StringPool#EMPTY}
         */
        public int add(long boot, long wall, int lvl, int identId, int pidValue, int cpuValue, int lineNo,
                       int bootIndex, byte[] buf, int off, int len) {
            if (size == bootNs.length) {
                grow();
            }
            int i = size++;
            bootNs[i] = boot;
            wallNs[i] = wall;
            level[i] = (byte) lvl;
            ident[i] = identId;
            pid[i] = pidValue;
            cpu[i] = (short) cpuValue;
            line[i] = lineNo;
            this.boot[i] = (short) bootIndex;
            report[i] = -1;
            textOffset[i] = textSize;
            textLength[i] = len;
            appendText(buf, off, len);
            return i;
        }

        /** Convenience for a String message. */
        public int add(long boot, long wall, int lvl, int identId, int pidValue, int cpuValue, int lineNo,
                       int bootIndex, String message) {
            byte[] b = message.getBytes(StandardCharsets.UTF_8);
            return add(boot, wall, lvl, identId, pidValue, cpuValue, lineNo, bootIndex, b, 0, b.length);
        }

        /** Appends a continuation line to the last record's text (joined with '\n'). */
        public void continueLast(byte[] buf, int off, int len) {
            if (size == 0) {
                throw new IllegalStateException("no record to continue");
            }
            appendText(new byte[] {'\n'}, 0, 1);
            appendText(buf, off, len);
            textLength[size - 1] += len + 1;
        }

        /** Wall-clock time of record {@code i} as added so far. */
        public long wallNs(int i) {
            return wallNs[i];
        }

        /** Corrects the wall-clock time of record {@code i} (a syslog file's year is known only at its end). */
        public void setWallNs(int i, long value) {
            wallNs[i] = value;
        }

        /** Links records {@code from..to} (inclusive) to report {@code reportIndex}. */
        public void linkReport(int from, int to, int reportIndex) {
            for (int i = from; i <= to && i < size; i++) {
                report[i] = reportIndex;
            }
        }

        private void appendText(byte[] buf, int off, int len) {
            if (textSize + len > text.length) {
                text = Arrays.copyOf(text, Capacity.grown(text.length, (long) textSize + len));
            }
            System.arraycopy(buf, off, text, textSize, len);
            textSize += len;
        }

        private void grow() {
            int n = bootNs.length * 2;
            bootNs = Arrays.copyOf(bootNs, n);
            wallNs = Arrays.copyOf(wallNs, n);
            level = Arrays.copyOf(level, n);
            ident = Arrays.copyOf(ident, n);
            pid = Arrays.copyOf(pid, n);
            cpu = Arrays.copyOf(cpu, n);
            line = Arrays.copyOf(line, n);
            boot = Arrays.copyOf(boot, n);
            report = Arrays.copyOf(report, n);
            textOffset = Arrays.copyOf(textOffset, n);
            textLength = Arrays.copyOf(textLength, n);
        }

        public LogStore build() {
            return new LogStore(this);
        }
    }
}
