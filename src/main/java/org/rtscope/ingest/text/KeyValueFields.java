package org.rtscope.ingest.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits an event body such as {@code comm=JavaFX Applicat pid=26928 prio=120 target_cpu=001} into
 * key/value ranges without allocating. A key is {@code [A-Za-z_][A-Za-z0-9_]*=} at the body start or
 * after a space; a value runs to the next key (so values may contain spaces, as comms do) or to a
 * {@code  ==> } separator. Reusable: call {@link #split} per line.
 *
 * <p>The caller names the keys it will read ({@link Keys}) up front. One pass over the body then finds every
 * field, notes which wanted key each is, and reads each value as a number: a reader asks by key index and
 * gets an array element, with no second scan per key. That matters at millions of lines, and it keeps the
 * body readers free of inlined search loops, which is what made them the JIT compiler's most expensive work
 * in a cold run.
 */
public final class KeyValueFields {
    private static final int MAX = 32;
    private final int[] valueStart = new int[MAX];
    private final int[] valueEnd = new int[MAX];
    /** {@link Bytes#parseLong} of each value, {@link Bytes#NONE} when it is not a number. */
    private final long[] number = new long[MAX];
    /** Field of each wanted key (its first occurrence), -1 when absent. */
    private final int[] fieldOfKey = new int[Keys.MAX_KEYS];
    private int count;

    /**
     * The keys a reader wants, by index: {@code new Keys("sig", "pid")} makes {@code 0} the index of
     * {@code sig}. Immutable and shared by all readers of one event.
     */
    public static final class Keys {
        static final int MAX_KEYS = 8;
        private final byte[][] names;

        public Keys(String... names) {
            if (names.length > MAX_KEYS) {
                throw new IllegalArgumentException("at most " + MAX_KEYS + " keys: " + Arrays.toString(names));
            }
            this.names = new byte[names.length][];
            for (int k = 0; k < names.length; k++) {
                this.names[k] = names[k].getBytes(StandardCharsets.US_ASCII);
            }
        }

        /** Index of the wanted key spelled by [from, from + len), or -1. */
        int indexOf(byte[] data, int from, int len) {
            next:
            for (int k = 0; k < names.length; k++) {
                byte[] name = names[k];
                if (name.length != len) {
                    continue;
                }
                for (int j = 0; j < len; j++) {
                    if (data[from + j] != name[j]) {
                        continue next;
                    }
                }
                return k;
            }
            return -1;
        }

        int size() {
            return names.length;
        }
    }

    /** Splits [from, end) of {@code data} and looks up the fields of {@code keys}. */
    public void split(byte[] data, int from, int end, Keys keys) {
        Arrays.fill(fieldOfKey, 0, keys.size(), -1);
        count = 0;
        int i = from;
        int pendingKey = -1;
        while (i < end) {
            // a key can only start the body or follow a space: testing every byte would rescan each word
            int k = i == from || data[i - 1] == ' ' ? keyAt(data, i, end) : 0;
            if (k > 0) {
                if (pendingKey >= 0) {
                    valueEnd[pendingKey] = Bytes.trimEnd(data, valueStart[pendingKey], i);
                }
                if (count == MAX) {
                    break;
                }
                valueStart[count] = i + k + 1;
                valueEnd[count] = end;
                int wanted = keys.indexOf(data, i, k);
                if (wanted >= 0 && fieldOfKey[wanted] < 0) {
                    fieldOfKey[wanted] = count;
                }
                pendingKey = count++;
                i += k + 1;
                continue;
            }
            if (data[i] == ' ' && i + 4 < end && data[i + 1] == '=' && data[i + 2] == '=' && data[i + 3] == '>'
                    && pendingKey >= 0) {
                valueEnd[pendingKey] = i;
                pendingKey = -1;
                i += 4;
                continue;
            }
            i++;
        }
        for (int f = 0; f < count; f++) {
            number[f] = Bytes.parseLong(data, valueStart[f], valueEnd[f]);
        }
    }

    /** Length of a key name followed by '=' at {@code i}, or 0. */
    private static int keyAt(byte[] data, int i, int end) {
        int j = i;
        while (j < end) {
            byte b = data[j];
            boolean letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
            if (letter || (j > i && Bytes.isDigit(b))) {
                j++;
            } else {
                break;
            }
        }
        return j > i && j < end && data[j] == '=' ? j - i : 0;
    }

    /** Number of fields of the last split. */
    public int count() {
        return count;
    }

    /** Whether the wanted key {@code key} (an index into the split's {@link Keys}) is present. */
    public boolean has(int key) {
        return fieldOfKey[key] >= 0;
    }

    /** Start of the value of wanted key {@code key}; only when {@link #has} it. */
    public int valueStart(int key) {
        return valueStart[fieldOfKey[key]];
    }

    /** End of the value of wanted key {@code key} (trailing spaces trimmed); only when {@link #has} it. */
    public int valueEnd(int key) {
        return valueEnd[fieldOfKey[key]];
    }

    /** The integer value of wanted key {@code key}, or {@code fallback} when absent or not an int. */
    public int intValue(int key, int fallback) {
        int f = fieldOfKey[key];
        if (f < 0) {
            return fallback;
        }
        long value = number[f];
        return value == Bytes.NONE || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? fallback : (int) value;
    }

    /** The number value of wanted key {@code key}, or {@link Bytes#NONE}. */
    public long longValue(int key) {
        int f = fieldOfKey[key];
        return f < 0 ? Bytes.NONE : number[f];
    }
}
