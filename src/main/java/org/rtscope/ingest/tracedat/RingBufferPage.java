package org.rtscope.ingest.tracedat;

/**
 * Walks the events of one ring-buffer page. A page starts with a 64-bit timestamp and a commit word
 * (bytes of event data, bit 31 = events were lost before this page, bit 30 = their count is stored
 * after the data). Each event has a 32-bit header of {@code type_len} (5 bits) and {@code time_delta}
 * (27 bits): type_len 1–28 is a data record of type_len × 4 bytes, 0 a data record whose length
 * follows, then padding, a time extend (delta continues in the next word) and an absolute time stamp
 * (its top 5 bits come from the current time). Time deltas add up from the page timestamp.
 */
final class RingBufferPage {
    private static final int COMMIT_MASK = (1 << 27) - 1;
    private static final long MISSED_EVENTS = 1L << 31;
    private static final long MISSED_STORED = 1L << 30;
    private static final long TS_MSB = 0xF8L << 56;

    private final RingBufferLayout layout;
    private final Endian endian;
    private final boolean bigEndian;
    private byte[] buf;
    private int pos;
    private int end;
    private long time;
    private long lost;
    private String problem;

    /** The current record: raw timestamp, data offset in {@link #buffer()}, data length. */
    long timestamp;
    int dataOffset;
    int dataLength;

    RingBufferPage(RingBufferLayout layout, Endian endian) {
        this.layout = layout;
        this.endian = endian;
        this.bigEndian = endian == Endian.BIG;
    }

    /**
     * Starts on the page at {@code buf[off, off+available)}. Returns false (with {@link #takeProblem()})
     * when the header does not fit or the commit size is impossible.
     */
    boolean load(byte[] buffer, int off, int available, int pageSize) {
        buf = buffer;
        problem = null;
        lost = 0;
        pos = 0;
        end = 0;
        int dataStart = off + layout.dataOffset();
        if (available < layout.dataOffset()) {
            problem = "only " + available + " bytes, the page header alone needs " + layout.dataOffset();
            return false;
        }
        time = endian.i64(buffer, off + layout.timestampOffset());
        long commit = endian.number(buffer, off + layout.commitOffset(), layout.commitSize(), false);
        int size = (int) (commit & COMMIT_MASK);
        if (size > pageSize - layout.dataOffset()) {
            problem = "commit size " + size + " does not fit a page of " + pageSize + " bytes";
            return false;
        }
        if ((commit & MISSED_EVENTS) != 0) {
            lost = -1;
            int countAt = dataStart + size;
            if ((commit & MISSED_STORED) != 0 && countAt + layout.commitSize() <= off + available) {
                lost = endian.number(buffer, countAt, layout.commitSize(), false);
            }
        }
        if (size > available - layout.dataOffset()) {
            problem = "page cut off after " + available + " bytes (truncated file); " + size + " bytes of events announced";
            size = available - layout.dataOffset();
        }
        pos = dataStart;
        end = dataStart + size;
        return true;
    }

    /** The page timestamp. */
    long pageTimestamp() {
        return time;
    }

    /** Events the kernel dropped before this page: 0 none, -1 some (count unknown), else the count. */
    long lostBefore() {
        return lost;
    }

    /** Why the page (or its rest) could not be read, or null; each problem is handed out once. */
    String takeProblem() {
        String p = problem;
        problem = null;
        return p;
    }

    byte[] buffer() {
        return buf;
    }

    /** Moves to the next data record; false at the end of the page or at a corrupt header ({@link #takeProblem()}). */
    boolean next() {
        while (pos + 4 <= end) {
            int header = endian.i32(buf, pos);
            int typeLen = bigEndian ? header >>> 27 : header & 31;
            long delta = bigEndian ? header & COMMIT_MASK : header >>> 5;
            if (typeLen == layout.paddingType()) {
                if (delta == 0) {
                    pos = end;
                    return false;
                }
                if (pos + 8 > end) {
                    return corrupt("padding header cut off");
                }
                int skip = endian.i32(buf, pos + 4);
                if (skip < 0 || skip > end - pos - 4) {
                    return corrupt("padding of " + (skip & 0xFFFFFFFFL) + " bytes runs past the committed data");
                }
                time += delta;
                pos += 4 + skip;
                continue;
            }
            if (typeLen == layout.timeExtendType() || typeLen == layout.timeStampType()) {
                if (pos + 8 > end) {
                    return corrupt("time extend cut off");
                }
                long extended = (endian.u32(buf, pos + 4) << 27) + delta;
                time = typeLen == layout.timeExtendType() ? time + extended : extended | (time & TS_MSB);
                pos += 8;
                continue;
            }
            int length;
            int data;
            if (typeLen == 0) {
                if (pos + 8 > end) {
                    return corrupt("length word cut off");
                }
                length = (endian.i32(buf, pos + 4) - 4 + 3) & ~3;
                data = pos + 8;
            } else if (typeLen <= layout.maxDataType()) {
                length = typeLen * 4;
                data = pos + 4;
            } else {
                return corrupt("unknown type_len " + typeLen);
            }
            if (length < 0 || length > end - data) {
                return corrupt("record of " + length + " bytes runs past the committed data");
            }
            time += delta;
            timestamp = time;
            dataOffset = data;
            dataLength = length;
            pos = data + length;
            return true;
        }
        return false;
    }

    private boolean corrupt(String why) {
        problem = why + " at page byte " + pos;
        pos = end;
        return false;
    }
}
