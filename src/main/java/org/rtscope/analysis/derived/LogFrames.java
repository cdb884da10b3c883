package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rtscope.model.LogStore;

/**
 * The functions of a kernel report read straight from the log lines that follow its first line, for
 * reports the importer did not turn into a {@code StackReport} (or did not link to the line). Accepts
 * the stack-line shapes of CATALOG F10: {@code  func+0x1c/0x90}, {@code [<ffff…>] ? func+0x…/0x…},
 * {@code  func+0x…/0x… file.c:123}, the {@code RIP: 0010:func+0x…} and arm64 {@code pc : func+0x…} lines.
 * Reading stops at the next report's first line or after {@link #MAX_LINES} lines. Frames inside an interrupt
 * or NMI section ({@code <IRQ>} … {@code </IRQ>} or {@code <EOI>}, {@code <NMI>} … {@code </NMI>} or {@code <EOE>})
 * are the reporting machinery; they are listed after the interrupted code's frames.
 */
public final class LogFrames {
    static final int MAX_LINES = 250;

    private static final Pattern IP = Pattern.compile(
            "(?:\\bRIP: [0-9a-f]{4}:(?:\\[<[0-9a-f]+>\\]\\s+\\[<[0-9a-f]+>\\]\\s+)?|\\bpc\\s*:\\s*(?:\\[<[0-9a-f]+>\\]\\s*)?"
            + "|\\[exception RIP: )([A-Za-z_][\\w.]*)\\+0x");
    private static final Pattern FRAME = Pattern.compile(
            "^\\s*(?:\\[\\s*\\d+\\.\\d+\\]\\s*)?(?:\\[\\s*[CT]\\d+\\]\\s*)?(?:\\[<[0-9a-f]+>\\]\\s*)?(?:\\?\\s+)?"
            + "\\(?([A-Za-z_][\\w.]*)\\+0x[0-9a-f]+/0x[0-9a-f]+");
    private static final Pattern INTERRUPT_OPEN = Pattern.compile(".*<(?:IRQ|NMI)>");
    private static final Pattern NEXT_REPORT = Pattern.compile(
            "(?:^|: )(?:BUG: |INFO: |WARNING: |Kernel panic|------------\\[ cut here|Oops|general protection fault"
            + "|Unable to handle|watchdog: |NMI watchdog: |rcu: INFO:)");

    private LogFrames() {
    }

    /**
     * IP function first (if printed), then the interrupted code's frames, then the interrupt sections' frames,
     * each innermost first, normalized.
     */
    public static List<String> after(LogStore logs, int first) {
        List<String> functions = new ArrayList<>();
        List<String> interrupt = new ArrayList<>();
        boolean inInterrupt = false;
        String ip = null;
        int end = Math.min(logs.size(), first + MAX_LINES);
        for (int i = first; i < end; i++) {
            String text = logs.text(i);
            if (i > first && NEXT_REPORT.matcher(text).find()) {
                break;
            }
            for (String line : text.split("\n")) {
                Matcher m = IP.matcher(line);
                if (m.find()) {
                    if (ip == null) {
                        ip = FrameNames.normalize(m.group(1));
                    }
                    continue;
                }
                String body = line.replace("#011", " ");
                boolean opens = body.contains("<IRQ>") || body.contains("<NMI>");
                if (opens) {
                    inInterrupt = true;
                }
                int close = Math.max(Math.max(body.indexOf("</IRQ>"), body.indexOf("<EOI>")),
                        Math.max(body.indexOf("</NMI>"), body.indexOf("<EOE>")));
                if (close >= 0) {
                    inInterrupt = false;
                    body = body.substring(body.indexOf(">", close) + 1);
                } else if (opens) {
                    body = INTERRUPT_OPEN.matcher(body).replaceFirst("");
                }
                Matcher f = FRAME.matcher(body);
                if (f.find()) {
                    (inInterrupt ? interrupt : functions).add(FrameNames.normalize(f.group(1)));
                }
            }
        }
        if (ip != null) {
            functions.add(0, ip);
        }
        functions.addAll(interrupt);
        return functions;
    }
}
