package org.rtscope.ingest.tracedat;

/**
 * One event record's bytes, read through its {@link EventFormat} fields. Reused for every record;
 * reads outside the record give 0 or an empty range instead of failing, so a short record cannot take
 * the reader down.
 */
final class EventRecord {
    private final Endian endian;
    byte[] buf;
    int start;
    int length;
    /** The byte range found by the last {@link #locate}/{@link #text}: start in {@link #buf} and length. */
    int at;
    int size;

    EventRecord(Endian endian) {
        this.endian = endian;
    }

    void set(byte[] buffer, int offset, int len) {
        buf = buffer;
        start = offset;
        length = len;
    }

    /** The numeric value of a scalar field (the first element of an array); 0 when absent. */
    long number(FormatField field) {
        if (field == null) {
            return 0;
        }
        int width = field.layout == FormatField.Layout.SCALAR ? field.size : field.elementSize;
        if (field.offset + width > length || width > 8) {
            return 0;
        }
        return endian.number(buf, start + field.offset, width, field.signed);
    }

    /** A long at an absolute offset of {@link #buf}. */
    long longAt(int absolute) {
        return endian.i64(buf, absolute);
    }

    /** An int at an absolute offset of {@link #buf}. */
    int intAt(int absolute) {
        return endian.i32(buf, absolute);
    }

    /** Element {@code index} of an array field located by {@link #locate}. */
    long element(FormatField field, int index) {
        return endian.number(buf, at + index * field.elementSize, field.elementSize, field.signed);
    }

    /** Finds the bytes of a field ({@link #at}, {@link #size}); false when they are not inside the record. */
    boolean locate(FormatField field) {
        at = start;
        size = 0;
        if (field == null || field.offset > length) {
            return false;
        }
        int from;
        int len;
        switch (field.layout) {
            case DATA_LOC:
            case REL_LOC:
                if (field.offset + 4 > length) {
                    return false;
                }
                int word = endian.i32(buf, start + field.offset);
                from = (word & 0xFFFF) + (field.layout == FormatField.Layout.REL_LOC ? field.offset + field.size : 0);
                len = word >>> 16;
                break;
            case FLEXIBLE:
                from = field.offset;
                len = length - field.offset;
                break;
            default:
                from = field.offset;
                len = field.size;
                break;
        }
        if (from < 0 || from > length) {
            return false;
        }
        at = start + from;
        size = Math.min(len, length - from);
        return true;
    }

    /** Locates a text field and trims it at its first NUL; false when absent. */
    boolean text(FormatField field) {
        if (!locate(field)) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (buf[at + i] == 0) {
                size = i;
                break;
            }
        }
        return true;
    }
}
