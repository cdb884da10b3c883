package org.rtscope.ingest.backtrace;

import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Frame;

/**
 * Reads one crash frame after its number: {@code [c0b3be90] crash_save_current_state at c011aed0},
 * with a module {@code [ffff…] svc_recv at cb22c4d8 [sunrpc]}, an offset ({@code bt -s}:
 * {@code schedule+0x167 at …}), a note ({@code error_code (via page_fault) at c0107256}) or no symbol
 * ({@code (nfsd module) at c806e303}); the same without a number is a {@code bt -t} text symbol found on
 * the stack, which is kept as unreliable. The stack address in brackets is not kept.
 */
final class CrashFrameParser {
    private final Interner interner;

    CrashFrameParser(Interner interner) {
        this.interner = interner;
    }

    /** The frame of {@code buf[from, end)}; {@code unreliable} marks bt -t's stack-scan finds. */
    Frame parse(byte[] buf, int from, int end, boolean unreliable) {
        int p = Bytes.skipSpaces(buf, from, end);
        int e = Bytes.trimEnd(buf, p, end);
        if (p < e && buf[p] == '[') {
            int close = Bytes.indexOf(buf, p, e, "]");
            p = close < 0 ? e : Bytes.skipSpaces(buf, close + 1, e);
        }
        String module = null;
        if (e > p && buf[e - 1] == ']') {
            int open = Bytes.lastIndexOf(buf, p, e, (byte) '[');
            if (open > p && buf[open - 1] == ' ') {
                module = interner.text(buf, open + 1, e - 1);
                e = Bytes.trimEnd(buf, p, open);
            }
        }
        long address = -1;
        int at = lastIndexOf(buf, p, e, " at ");
        int textEnd = e;
        if (at >= 0) {
            long value = Bytes.parseHex(buf, at + 4, e);
            address = value == Bytes.NONE ? -1 : value;
            textEnd = at;
        }
        String args = null;
        int nameEnd = textEnd;
        if (p < textEnd && buf[p] == '(') {
            // "(nfsd module)": crash could not name the function, only the module it is in
            int close = buf[textEnd - 1] == ')' ? textEnd - 1 : textEnd;
            int word = Bytes.indexOf(buf, p, close, " module");
            if (word > p + 1 && word + 7 == close && module == null) {
                module = interner.text(buf, p + 1, word);
            } else {
                args = interner.text(buf, p + 1, close);
            }
            nameEnd = p;
        } else {
            int note = Bytes.indexOf(buf, p, textEnd, " (");
            if (note > 0 && buf[textEnd - 1] == ')') {
                args = interner.text(buf, note + 2, textEnd - 1);
                nameEnd = note;
            }
        }
        long offset = -1;
        int plus = Bytes.lastIndexOf(buf, p, nameEnd, (byte) '+');
        if (plus > p) {
            long value = Bytes.parseLong(buf, plus + 1, nameEnd);
            if (value != Bytes.NONE) {
                offset = value;
                nameEnd = plus;
            }
        }
        String function = interner.text(buf, p, nameEnd);
        return interner.frame(new Frame(function, address, offset, -1, module, unreliable, null, null, args));
    }

    private static int lastIndexOf(byte[] buf, int from, int end, String needle) {
        int found = -1;
        int i = from;
        while (true) {
            int next = Bytes.indexOf(buf, i, end, needle);
            if (next < 0) {
                return found;
            }
            found = next;
            i = next + 1;
        }
    }
}
