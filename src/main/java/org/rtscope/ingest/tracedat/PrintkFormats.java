package org.rtscope.ingest.tracedat;

import java.util.HashMap;
import java.util.Map;

/**
 * The traced kernel's {@code printk_formats}: {@code trace_printk()} and {@code trace_bputs()} store
 * only the address of their constant format string in the ring buffer; this table, saved with the
 * trace, maps those addresses back to the strings ({@code 0xffffffff82a1b2c3 : "format\n"}).
 */
final class PrintkFormats {
    static final PrintkFormats EMPTY = new PrintkFormats(Map.of());

    private final Map<Long, String> byAddress;

    private PrintkFormats(Map<Long, String> byAddress) {
        this.byAddress = byAddress;
    }

    static PrintkFormats parse(String text) {
        Map<Long, String> map = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(" : ");
            if (!line.startsWith("0x") || colon < 0) {
                continue;
            }
            try {
                long address = Long.parseUnsignedLong(line.substring(2, colon).trim(), 16);
                String quoted = line.substring(colon + 3).trim();
                if (quoted.length() >= 2 && quoted.startsWith("\"") && quoted.endsWith("\"")) {
                    quoted = quoted.substring(1, quoted.length() - 1);
                }
                map.put(address, unescape(quoted));
            } catch (NumberFormatException e) {
                // not an address line; printk_formats has no other kind, so it is ignored
            }
        }
        return new PrintkFormats(map);
    }

    /** The format string stored at {@code address}, or null. */
    String at(long address) {
        return byAddress.get(address);
    }

    int size() {
        return byAddress.size();
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
