package org.rtscope.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns strings once and hands out int ids, so columns can refer to comms, function names and
 * event names with 4 bytes. Interning from a byte range does not allocate a String when the value is
 * already known — that is what keeps parsers free of a String per line in their hot loop.
 *
 * <p>Not thread-safe; a pool belongs to one builder and is frozen into the immutable {@link Trace}.
 */
public final class StringPool {
    private String[] strings = new String[256];
    private byte[][] bytes = new byte[256][];
    private int[] table = new int[1024];
    private int size;

    public StringPool() {
        Arrays.fill(table, -1);
        intern("");
    }

    /** Id of the empty string. */
    public static final int EMPTY = 0;

    public int size() {
        return size;
    }

    public String get(int id) {
        return strings[id];
    }

    public int intern(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return intern(b, 0, b.length);
    }

    /** Interns the UTF-8 bytes {@code buf[off, off+len)}. */
    public int intern(byte[] buf, int off, int len) {
        int hash = hash(buf, off, len);
        int mask = table.length - 1;
        int slot = hash & mask;
        while (true) {
            int id = table[slot];
            if (id < 0) {
                break;
            }
            byte[] known = bytes[id];
            if (known.length == len && Arrays.equals(known, 0, len, buf, off, off + len)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        if (size == strings.length) {
            strings = Arrays.copyOf(strings, size * 2);
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        int id = size++;
        bytes[id] = Arrays.copyOfRange(buf, off, off + len);
        strings[id] = new String(buf, off, len, StandardCharsets.UTF_8);
        table[slot] = id;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] bigger = new int[table.length * 2];
        Arrays.fill(bigger, -1);
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hash(bytes[id], 0, bytes[id].length) & mask;
            while (bigger[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id;
        }
        table = bigger;
    }

    private static int hash(byte[] buf, int off, int len) {
        int h = 0x9E3779B9;
        for (int i = off; i < off + len; i++) {
            h = (h ^ buf[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    /** The interned strings by id; the array is a copy sized to the pool. */
    String[] freeze() {
        return Arrays.copyOf(strings, size);
    }
}
