package org.rtscope.ingest.oops;

import java.nio.charset.StandardCharsets;
import org.rtscope.ingest.text.Bytes;

/**
 * A kernel symbol as {@code %pS} prints it: {@code name+0xoff/0xsize}, {@code name+0xoff}, a bare
 * {@code name}, or {@code 0xaddress} when the address did not resolve. The leading dot of powerpc
 * ELFv1 function descriptors ({@code .dump_stack}) is dropped so names compare across architectures.
 *
 * @param function the name, or empty for a bare address
 * @param address  the bare address, or -1
 * @param offset   {@code +0x..}, or -1
 * @param size     {@code /0x..}, or -1
 * @param end      index just after the symbol text
 */
record Symbol(String function, long address, long offset, long size, int end) {

    /** The symbol in the token {@code buf[s, t)}, or null when it is not one. */
    static Symbol parse(byte[] buf, int s, int t) {
        if (s >= t) {
            return null;
        }
        if (t - s > 2 && buf[s] == '0' && buf[s + 1] == 'x' && FrameParser.isHex(buf, s + 2, t)) {
            return new Symbol("", Bytes.parseHex(buf, s + 2, t), -1, -1, t);
        }
        int nameStart = s;
        if (buf[s] == '.' && s + 1 < t && isNameStart(buf[s + 1])) {
            nameStart = s + 1;
        }
        if (!isNameStart(buf[nameStart])) {
            return null;
        }
        int i = nameStart;
        while (i < t && isNameChar(buf[i])) {
            i++;
        }
        String name = new String(buf, nameStart, i - nameStart, StandardCharsets.UTF_8);
        if (i == t) {
            return new Symbol(name, -1, -1, -1, t);
        }
        if (buf[i] != '+' || i + 3 > t || buf[i + 1] != '0' || buf[i + 2] != 'x') {
            return null;
        }
        int slash = FrameParser.indexOf(buf, i + 3, t, (byte) '/');
        int offsetEnd = slash < 0 ? t : slash;
        if (!FrameParser.isHex(buf, i + 3, offsetEnd)) {
            return null;
        }
        long offset = Bytes.parseHex(buf, i + 3, offsetEnd);
        long size = -1;
        if (slash >= 0) {
            if (slash + 3 > t || buf[slash + 1] != '0' || buf[slash + 2] != 'x'
                    || !FrameParser.isHex(buf, slash + 3, t)) {
                return null;
            }
            size = Bytes.parseHex(buf, slash + 3, t);
        }
        return new Symbol(name, -1, offset, size, t);
    }

    private static boolean isNameStart(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == '$';
    }

    private static boolean isNameChar(byte b) {
        return isNameStart(b) || b >= '0' && b <= '9' || b == '.';
    }
}
