package org.rtscope.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
    /** Reads eight bytes at a time: a parser interns a comm or a name several times per event line. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private String[] strings = new String[256];
    private byte[][] bytes = new byte[256][];
    /** Hash of each id's bytes, so a probe rejects a different string without reading its bytes. */
    private int[] hashes = new int[256];
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
            if (hashes[id] == hash && sameBytes(bytes[id], buf, off, len)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        if (size == strings.length) {
            strings = Arrays.copyOf(strings, size * 2);
            bytes = Arrays.copyOf(bytes, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        int id = size++;
        hashes[id] = hash;
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
            int slot = hashes[id] & mask;
            while (bigger[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id;
        }
        table = bigger;
    }

    private static int hash(byte[] buf, int off, int len) {
        long h = len * 0x9E3779B97F4A7C15L;
        int i = off;
        int end = off + len;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONGS.get(buf, i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        long tail = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            tail |= (buf[i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * 0x94D049BB133111EBL;
        return (int) (h ^ (h >>> 32));
    }

    /** True when string {@code id} is the UTF-8 bytes {@code buf[off, off+len)}, without interning them. */
    public boolean hasBytes(int id, byte[] buf, int off, int len) {
        return sameBytes(bytes[id], buf, off, len);
    }

    /**
     * Compares whole words, the last one overlapping the one before: a comm (up to 15 bytes) is two 8-byte
     * or two 4-byte comparisons with no byte loop. Parsers ask this for nearly every event.
     */
    private static boolean sameBytes(byte[] known, byte[] buf, int off, int len) {
        if (known.length != len) {
            return false;
        }
        if (len >= 8) {
            for (int i = 0; i + 8 < len; i += 8) {
                if ((long) LONGS.get(known, i) != (long) LONGS.get(buf, off + i)) {
                    return false;
                }
            }
            return (long) LONGS.get(known, len - 8) == (long) LONGS.get(buf, off + len - 8);
        }
        if (len >= 4) {
            return (int) INTS.get(known, 0) == (int) INTS.get(buf, off)
                    && (int) INTS.get(known, len - 4) == (int) INTS.get(buf, off + len - 4);
        }
        for (int i = 0; i < len; i++) {
            if (known[i] != buf[off + i]) {
                return false;
            }
        }
        return true;
    }

    /** The interned strings by id; the array is a copy sized to the pool. */
    String[] freeze() {
        return Arrays.copyOf(strings, size);
    }
}
