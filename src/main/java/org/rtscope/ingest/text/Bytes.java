package org.rtscope.ingest.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Number and token scanning on byte ranges, so parsers can read fields without creating Strings.
 * Methods return {@link #NONE}/-1 instead of throwing, because bad input is expected.
 */
public final class Bytes {
    /** Returned by the number readers when there is no number. */
    public static final long NONE = Long.MIN_VALUE;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long SPACES = ' ' * ONES;

    private Bytes() {
    }

    /**
     * Index of the first {@code b} in [from, end), or -1. Tests eight bytes per step (the "has a zero
     * byte" bit trick on the word XOR-ed with {@code b} in every byte): splitting a large file into lines
     * is the one loop that touches every byte, and a byte-at-a-time loop made it the slowest part of an
     * import.
     */
    public static int indexOfByte(byte[] buf, int from, int end, byte b) {
        long pattern = (b & 0xFFL) * ONES;
        int i = from;
        for (; i + 8 <= end; i += 8) {
            long word = (long) LONGS.get(buf, i) ^ pattern;
            long found = (word - ONES) & ~word & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    public static boolean isSpace(byte b) {
        return b == ' ' || b == '\t';
    }

    /**
     * The first index in [from, end) that is not a space or tab, or end. Eight bytes per step while they
     * are all spaces: trace-cmd pads its event-name column with up to twenty of them on every line.
     */
    public static int skipSpaces(byte[] buf, int from, int end) {
        int i = from;
        while (i + 8 <= end) {
            long notSpace = (long) LONGS.get(buf, i) ^ SPACES;
            if (notSpace == 0) {
                i += 8;
                continue;
            }
            i += Long.numberOfTrailingZeros(notSpace) >>> 3;
            if (buf[i] != '\t') {
                return i;
            }
            i++;
        }
        while (i < end && isSpace(buf[i])) {
            i++;
        }
        return i;
    }

    public static int trimEnd(byte[] buf, int start, int end) {
        while (end > start && isSpace(buf[end - 1])) {
            end--;
        }
        return end;
    }

    /** Index of the first space/tab in [from, end), or end. */
    public static int tokenEnd(byte[] buf, int from, int end) {
        while (from < end && !isSpace(buf[from])) {
            from++;
        }
        return from;
    }

    /** Parses a decimal integer (optional sign) at the start of [from, end); trailing text is ignored. */
    public static long parseLong(byte[] buf, int from, int end) {
        int i = from;
        boolean negative = false;
        if (i < end && (buf[i] == '-' || buf[i] == '+')) {
            negative = buf[i] == '-';
            i++;
        }
        if (i >= end || !isDigit(buf[i])) {
            return NONE;
        }
        if (i + 1 < end && buf[i] == '0' && (buf[i + 1] == 'x' || buf[i + 1] == 'X')) {
            return parseHex(buf, i + 2, end);
        }
        long value = 0;
        while (i < end && isDigit(buf[i])) {
            value = value * 10 + (buf[i] - '0');
            i++;
        }
        return negative ? -value : value;
    }

    /** Parses hexadecimal digits at the start of [from, end). */
    public static long parseHex(byte[] buf, int from, int end) {
        long value = 0;
        int i = from;
        for (; i < end; i++) {
            int d = Character.digit(buf[i], 16);
            if (d < 0) {
                break;
            }
            value = value << 4 | d;
        }
        return i == from ? NONE : value;
    }

    /** An int, or {@code fallback} when there is no number or it does not fit. */
    public static int parseInt(byte[] buf, int from, int end, int fallback) {
        long value = parseLong(buf, from, end);
        return value == NONE || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? fallback : (int) value;
    }

    /**
     * Parses seconds with a fraction ({@code 1242.463158}, 6 or 9 decimals) into nanoseconds; a
     * plain integer (counter-like trace clocks) is taken as nanoseconds. Returns {@link #NONE} unless
     * the whole range is such a number.
     */
    public static long parseSecondsAsNanos(byte[] buf, int from, int end) {
        int i = from;
        long seconds = 0;
        while (i < end && isDigit(buf[i])) {
            seconds = seconds * 10 + (buf[i] - '0');
            i++;
        }
        if (i == from) {
            return NONE;
        }
        if (i == end) {
            return seconds;
        }
        if (buf[i] != '.') {
            return NONE;
        }
        i++;
        long fraction = 0;
        int digits = 0;
        while (i < end && isDigit(buf[i])) {
            if (digits < 9) {
                fraction = fraction * 10 + (buf[i] - '0');
                digits++;
            }
            i++;
        }
        if (i != end || digits == 0) {
            return NONE;
        }
        for (int d = digits; d < 9; d++) {
            fraction *= 10;
        }
        return seconds * 1_000_000_000L + fraction;
    }

    public static boolean startsWith(byte[] buf, int from, int end, String prefix) {
        if (end - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (buf[from + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Index of {@code needle} in [from, end), or -1. */
    public static int indexOf(byte[] buf, int from, int end, String needle) {
        int n = needle.length();
        byte first = (byte) needle.charAt(0);
        outer:
        for (int i = indexOfByte(buf, from, end - n + 1, first); i >= 0; i = indexOfByte(buf, i + 1, end - n + 1, first)) {
            for (int k = 1; k < n; k++) {
                if (buf[i + k] != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Index of the last {@code b} in [from, end), or -1. */
    public static int lastIndexOf(byte[] buf, int from, int end, byte b) {
        for (int i = end - 1; i >= from; i--) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** A short printable excerpt of a line for warnings (non-printable bytes become '?'). */
    public static String excerpt(byte[] buf, int off, int len) {
        int n = Math.min(len, 80);
        StringBuilder sb = new StringBuilder(n + 3);
        for (int i = off; i < off + n; i++) {
            int c = buf[i] & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        if (len > n) {
            sb.append("...");
        }
        return sb.toString();
    }
}
