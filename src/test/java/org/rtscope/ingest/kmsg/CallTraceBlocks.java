package org.rtscope.ingest.kmsg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code Call Trace:} blocks of a raw kernel log and counts their frame lines, with a few
 * simple regular expressions and none of the importer's code, so the corpus test can check the
 * importer against an independent count.
 *
 * <p>A block is the header line and the lines of the same printk caller after it that are frames,
 * context markers ({@code <IRQ>}) or register dump lines ({@code RIP: 0010:...}, {@code RSP: ...},
 * {@code Code: ...}); it ends at the first other line of that caller. In a stamped log, lines without a
 * stamp (syzkaller's "executing program", elisions) are output of some other writer, not of the caller.
 */
final class CallTraceBlocks {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:<\\d+>)?(\\[\\s*\\d+\\.\\d+\\])?(?:\\[\\s*([TC]\\d+)\\])? ?");
    private static final Pattern HEADER = Pattern.compile("^\\s*Call [Tt]race:\\s*$");
    private static final Pattern FRAME = Pattern.compile("^\\s*(?:<\\w+>\\s+)?(?:\\(?\\[<\\p{XDigit}+>\\]\\s+)?(?:\\?\\s+)?"
            + "(?:\\[<\\p{XDigit}+>\\]\\s+)?(?:\\.?[\\w.$]+\\+0x\\p{XDigit}+(?:/0x\\p{XDigit}+)?|0x\\p{XDigit}+)(?:\\s|\\)|$)"
            + "|^\\s*[\\w.$]+ \\S+:\\d+ \\[inline\\]"
            + "|^\\s*\\[\\p{XDigit}+\\] \\[\\p{XDigit}+\\] "
            + "|^\\s*(?:\\[<\\p{XDigit}+>\\] \\()?[\\w.$]+\\)? from ");
    /** ARM32 {@code [<a>] (f) from [<b>] (g+0x1/0x2)} / {@code f from g+0x1/0x2}: f and g. */
    private static final Pattern ARM_FROM = Pattern.compile(
            "\\(?([\\w.$]+)(?:\\+0x\\p{XDigit}+/0x\\p{XDigit}+)?\\)? from (?:\\[<\\p{XDigit}+>\\] )?\\(?([\\w.$]+)");
    private static final Pattern MARKER = Pattern.compile("^\\s*</?[A-Z#]+>\\s*$");
    private static final Pattern REGISTERS = Pattern.compile("^\\s*(?:[A-Z][A-Z0-9_]{1,7}:|[a-z]{1,3}\\d{0,2} ?: ?\\p{XDigit}{4}"
            + "|Code:|---\\[ end|Exception stack\\(|\\p{XDigit}{4}: )");

    /**
     * One block.
     *
     * @param line       1-based line of its header
     * @param frameLines lines that are frames
     * @param armFrames  frames the ARM {@code f from g} lines among them stand for beyond one each: the
     *                   last caller, plus one wherever a line's caller is not the next line's function
     */
    record Block(int line, int frameLines, int armFrames) {
    }

    private CallTraceBlocks() {
    }

    /** The caller id; lines without one are "stamped" or "unstamped" (console noise in a stamped log). */
    private static String caller(Matcher prefix) {
        if (prefix.group(2) != null) {
            return prefix.group(2);
        }
        return prefix.group(1) != null ? "stamped" : "unstamped";
    }

    static List<Block> find(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher header = PREFIX.matcher(lines.get(i));
            header.lookingAt();
            if (!HEADER.matcher(lines.get(i).substring(header.end())).find()) {
                continue;
            }
            String caller = caller(header);
            int frames = 0;
            int arm = 0;
            String nextExpected = null;
            for (int j = i + 1; j < lines.size(); j++) {
                Matcher p = PREFIX.matcher(lines.get(j));
                p.lookingAt();
                if (!caller.equals(caller(p))) {
                    continue;
                }
                String body = lines.get(j).substring(p.end());
                if (FRAME.matcher(body).find()) {
                    frames++;
                    Matcher from = ARM_FROM.matcher(body);
                    if (from.find()) {
                        if (nextExpected == null || !nextExpected.equals(from.group(1))) {
                            arm++;
                        }
                        nextExpected = from.group(2);
                    }
                } else if (!MARKER.matcher(body).find() && !REGISTERS.matcher(body).find()) {
                    break;
                }
            }
            blocks.add(new Block(i + 1, frames, arm));
        }
        return blocks;
    }
}
