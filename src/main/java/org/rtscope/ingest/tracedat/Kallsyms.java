package org.rtscope.ingest.tracedat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The traced machine's {@code /proc/kallsyms}, as stored in the trace.dat: resolves kernel addresses
 * (hrtimer callbacks, {@code %ps} pointers, stack frames) to symbol names the way libtraceevent does,
 * so names match {@code trace-cmd report}: absolute symbols ({@code A}/{@code a}) and ARM mapping
 * symbols ({@code $x}) are left out, an address belongs to the last symbol at or below it, and an
 * address beyond the last symbol resolves only on an exact match.
 *
 * <p>The text (a few MB) is kept as bytes; names become Strings only when looked up.
 */
final class Kallsyms {
    static final Kallsyms EMPTY = new Kallsyms(new byte[0]);

    private final byte[] text;
    private long[] addresses;
    private int[] nameStart;
    private int[] nameLength;
    private int[] moduleStart;
    private int[] moduleLength;
    private final String[] names;
    private int count;

    private Kallsyms(byte[] text) {
        this.text = text;
        int capacity = 1024;
        addresses = new long[capacity];
        nameStart = new int[capacity];
        nameLength = new int[capacity];
        moduleStart = new int[capacity];
        moduleLength = new int[capacity];
        parse();
        sortByAddress();
        names = new String[count];
    }

    /** Parses kallsyms text; lines that are not {@code address type name [module]} are ignored. */
    static Kallsyms parse(byte[] text) {
        return new Kallsyms(text);
    }

    int size() {
        return count;
    }

    /** Index of the symbol containing {@code address}, or -1. */
    int find(long address) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(addresses[mid], address) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int i = lo - 1;
        if (i < 0 || (i == count - 1 && addresses[i] != address)) {
            return -1;
        }
        return i;
    }

    /** The symbol name containing {@code address}, or null. */
    String name(long address) {
        int i = find(address);
        return i < 0 ? null : nameAt(i);
    }

    String nameAt(int i) {
        String name = names[i];
        if (name == null) {
            name = new String(text, nameStart[i], nameLength[i], StandardCharsets.UTF_8);
            names[i] = name;
        }
        return name;
    }

    /** The module of symbol {@code i} ({@code [ext4]} without brackets), or null for the core kernel. */
    String moduleAt(int i) {
        return moduleLength[i] == 0 ? null : new String(text, moduleStart[i], moduleLength[i], StandardCharsets.UTF_8);
    }

    long addressAt(int i) {
        return addresses[i];
    }

    private void parse() {
        int pos = 0;
        int end = text.length;
        while (pos < end) {
            int lineEnd = pos;
            while (lineEnd < end && text[lineEnd] != '\n') {
                lineEnd++;
            }
            parseLine(pos, lineEnd);
            pos = lineEnd + 1;
        }
    }

    private void parseLine(int from, int end) {
        long address = 0;
        int i = from;
        while (i < end && hexValue(text[i]) >= 0) {
            address = address << 4 | hexValue(text[i]);
            i++;
        }
        if (i == from || i + 3 > end || text[i] != ' ' || text[i + 2] != ' ') {
            return;
        }
        byte type = text[i + 1];
        int nameFrom = i + 3;
        int nameTo = nameFrom;
        while (nameTo < end && text[nameTo] != '\t' && text[nameTo] != ' ') {
            nameTo++;
        }
        if (nameTo == nameFrom || type == 'A' || type == 'a' || text[nameFrom] == '$') {
            return;
        }
        int modFrom = 0;
        int modLength = 0;
        int open = nameTo;
        while (open < end && text[open] != '[') {
            open++;
        }
        if (open < end) {
            int close = open + 1;
            while (close < end && text[close] != ']') {
                close++;
            }
            modFrom = open + 1;
            modLength = close - modFrom;
        }
        add(address, nameFrom, nameTo - nameFrom, modFrom, modLength);
    }

    private void add(long address, int nameFrom, int nameLen, int modFrom, int modLen) {
        if (count == addresses.length) {
            int n = count * 2;
            addresses = Arrays.copyOf(addresses, n);
            nameStart = Arrays.copyOf(nameStart, n);
            nameLength = Arrays.copyOf(nameLength, n);
            moduleStart = Arrays.copyOf(moduleStart, n);
            moduleLength = Arrays.copyOf(moduleLength, n);
        }
        addresses[count] = address;
        nameStart[count] = nameFrom;
        nameLength[count] = nameLen;
        moduleStart[count] = modFrom;
        moduleLength[count] = modLen;
        count++;
    }

    /** Stable sort by address (kallsyms is mostly sorted already; module symbols are not). */
    private void sortByAddress() {
        boolean sorted = true;
        for (int i = 1; i < count && sorted; i++) {
            sorted = Long.compareUnsigned(addresses[i - 1], addresses[i]) <= 0;
        }
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compareUnsigned(addresses[a], addresses[b]));
        long[] a2 = new long[count];
        int[] ns = new int[count];
        int[] nl = new int[count];
        int[] ms = new int[count];
        int[] ml = new int[count];
        for (int k = 0; k < count; k++) {
            int o = order[k];
            a2[k] = addresses[o];
            ns[k] = nameStart[o];
            nl[k] = nameLength[o];
            ms[k] = moduleStart[o];
            ml[k] = moduleLength[o];
        }
        addresses = a2;
        nameStart = ns;
        nameLength = nl;
        moduleStart = ms;
        moduleLength = ml;
    }

    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
