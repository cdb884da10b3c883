package org.rtscope.ingest.text;

/**
 * Splits an event body such as {@code comm=JavaFX Applicat pid=26928 prio=120 target_cpu=001} into
 * key/value ranges without allocating. A key is {@code [A-Za-z_][A-Za-z0-9_]*=} at the body start or
 * after a space; a value runs to the next key (so values may contain spaces, as comms do) or to a
 * {@code  ==> } separator. Reusable: call {@link #split} per line.
 */
public final class KeyValueFields {
    private static final int MAX = 32;
    private final int[] keyStart = new int[MAX];
    private final int[] keyEnd = new int[MAX];
    private final int[] valueStart = new int[MAX];
    private final int[] valueEnd = new int[MAX];
    private byte[] buf;
    private int count;

    public void split(byte[] data, int from, int end) {
        buf = data;
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
                    return;
                }
                keyStart[count] = i;
                keyEnd[count] = i + k;
                valueStart[count] = i + k + 1;
                valueEnd[count] = end;
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

    public int count() {
        return count;
    }

    /** Index of the field with this key, or -1. */
    public int find(String key) {
        outer:
        for (int f = 0; f < count; f++) {
            int len = keyEnd[f] - keyStart[f];
            if (len != key.length()) {
                continue;
            }
            for (int k = 0; k < len; k++) {
                if (buf[keyStart[f] + k] != key.charAt(k)) {
                    continue outer;
                }
            }
            return f;
        }
        return -1;
    }

    public int valueStart(int field) {
        return valueStart[field];
    }

    public int valueEnd(int field) {
        return valueEnd[field];
    }

    /** The integer value of {@code key}, or {@code fallback} when absent or not a number. */
    public int intValue(String key, int fallback) {
        int f = find(key);
        return f < 0 ? fallback : Bytes.parseInt(buf, valueStart[f], valueEnd[f], fallback);
    }

    public long longValue(String key) {
        int f = find(key);
        return f < 0 ? Bytes.NONE : Bytes.parseLong(buf, valueStart[f], valueEnd[f]);
    }
}
