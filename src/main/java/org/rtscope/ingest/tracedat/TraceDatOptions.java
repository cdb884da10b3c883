package org.rtscope.ingest.tracedat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the options of a trace.dat say (id, size, data each; see trace-cmd.dat.v7(5)): the trace
 * clock, the CPU count, timestamp corrections, per-CPU ring-buffer statistics, the instances'
 * buffers and, in version 7, where the metadata sections are. Collected from every options block.
 */
final class TraceDatOptions {
    static final int DONE = 0;
    static final int DATE = 1;
    static final int CPUSTAT = 2;
    static final int BUFFER = 3;
    static final int TRACECLOCK = 4;
    static final int OFFSET = 7;
    static final int CPUCOUNT = 8;
    static final int TIME_SHIFT = 12;
    static final int TSC2NSEC = 14;
    static final int BUFFER_TEXT = 22;

    private final Endian endian;
    private final boolean sectioned;
    String clock;
    int cpuCount;
    /** Nanoseconds added to every timestamp (OFFSET option). */
    long timestampOffset;
    /** TSC2NSEC multiplier and shift; mult 0 when timestamps are already nanoseconds. */
    int tscMult;
    int tscShift;
    boolean timeShift;
    final List<String> cpuStats = new ArrayList<>();
    /** Metadata section offsets by section id (version 7). */
    final Map<Integer, Long> sectionOffsets = new LinkedHashMap<>();
    /** Flyrecord buffers of version 7, in file order. */
    final List<FlyrecordBuffer> buffers = new ArrayList<>();
    /** Version 6 buffer instances other than the top one, and latency (text) buffers: only named, not read. */
    final List<String> unreadBuffers = new ArrayList<>();

    TraceDatOptions(Endian endian, boolean sectioned) {
        this.endian = endian;
        this.sectioned = sectioned;
    }

    /** Takes one option; throws on a malformed one (its data does not hold what its id needs), which is then ignored. */
    void accept(int id, byte[] data) throws TraceDatException {
        switch (id) {
            case CPUSTAT:
                cpuStats.add(cstring(data, 0));
                break;
            case BUFFER:
                buffer(data);
                break;
            case BUFFER_TEXT:
                unreadBuffers.add("latency text buffer '" + cstring(data, 8) + "'");
                break;
            case TRACECLOCK:
                clock = selectedClock(cstring(data, 0));
                break;
            case OFFSET:
                timestampOffset += parseNumber(cstring(data, 0));
                break;
            case CPUCOUNT:
                need(data, 4, "CPUCOUNT");
                int count = endian.i32(data, 0);
                if (count < 1 || count > FlyrecordBuffer.MAX_CPUS) {
                    throw new TraceDatException("CPUCOUNT option says " + count + " CPUs");
                }
                cpuCount = count;
                break;
            case TIME_SHIFT:
                timeShift = true;
                break;
            case TSC2NSEC:
                need(data, 16, "TSC2NSEC");
                tscMult = endian.i32(data, 0);
                tscShift = endian.i32(data, 4);
                break;
            case Section.HEADER_INFO:
            case Section.FTRACE_EVENTS:
            case Section.EVENT_FORMATS:
            case Section.KALLSYMS:
            case Section.PRINTK:
            case Section.CMDLINES:
                need(data, 8, "section offset");
                sectionOffsets.put(id, endian.i64(data, 0));
                break;
            default:
                // DATE (only applied by "trace-cmd report --date"), UNAME, VERSION, HOOK, PROCMAPS,
                // TRACEID, GUEST: nothing rtscope shows
                break;
        }
    }

    /**
     * Version 7: offset, name, clock, page size, CPU count and per CPU (id, offset, size). Version 6:
     * offset and name of an instance whose data is elsewhere; only the top buffer is read then.
     */
    private void buffer(byte[] data) throws TraceDatException {
        need(data, 9, "BUFFER");
        int pos = 8;
        String name = cstring(data, pos);
        pos += name.length() + 1;
        if (!sectioned) {
            unreadBuffers.add("instance '" + name + "'");
            return;
        }
        String bufferClock = cstring(data, pos);
        pos += bufferClock.length() + 1;
        need(data, pos + 8, "BUFFER");
        int pageSize = endian.i32(data, pos);
        if (pageSize < 256 || pageSize > (1 << 24) || Integer.bitCount(pageSize) != 1) {
            throw new TraceDatException("BUFFER option of '" + name + "' has an impossible page size " + pageSize);
        }
        int count = endian.i32(data, pos + 4);
        pos += 8;
        if (count < 0 || count > FlyrecordBuffer.MAX_CPUS || pos + count * 20L > data.length) {
            throw new TraceDatException("BUFFER option of '" + name + "' lists " + count + " CPUs in "
                    + data.length + " bytes");
        }
        List<FlyrecordBuffer.Cpu> cpus = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cpus.add(new FlyrecordBuffer.Cpu(endian.i32(data, pos), endian.i64(data, pos + 4), endian.i64(data, pos + 12)));
            pos += 20;
        }
        buffers.add(new FlyrecordBuffer(name, bufferClock, pageSize, cpus, endian.i64(data, 0), false));
    }

    private static void need(byte[] data, int length, String what) throws TraceDatException {
        if (data.length < length) {
            throw new TraceDatException(what + " option has " + data.length + " bytes, needs " + length);
        }
    }

    /** The text up to the first NUL at {@code from}. */
    static String cstring(byte[] data, int from) {
        int end = from;
        while (end < data.length && data[end] != 0) {
            end++;
        }
        return from >= data.length ? "" : new String(data, from, end - from, StandardCharsets.UTF_8);
    }

    /** The clock in brackets of a {@code trace_clock} file: "[local] global counter" gives "local". */
    static String selectedClock(String traceClock) {
        int open = traceClock.indexOf('[');
        int close = traceClock.indexOf(']', open + 1);
        return open >= 0 && close > open ? traceClock.substring(open + 1, close) : traceClock.trim();
    }

    private static long parseNumber(String text) {
        String t = text.trim();
        try {
            return t.startsWith("0x") || t.startsWith("0X") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
