package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rtscope.model.Frame;
import org.rtscope.model.StackReport;

/**
 * Where a kernel report says the CPU was: the function in the instruction-pointer line ({@code RIP:},
 * arm64 {@code pc :}, crash's {@code [exception RIP: …]}) and then the backtrace's own frames, outermost
 * context last. Lockup and stall reports are taken from an interrupt, so the interesting code is the
 * interrupted one; the RIP names it even when the unwinder lost the frame.
 */
public final class ReportFrames {
    private static final Pattern SYMBOL = Pattern.compile("([A-Za-z_][\\w.]*)\\+0x[0-9a-fA-F]+");
    private static final List<String> IP_ATTRIBUTES = List.of("RIP", "EIP", "pc", "PC", "NIP", "epc",
            "exception RIP");

    private ReportFrames() {
    }

    /** The function of the report's instruction pointer, or null when it names none (user space, bare address). */
    public static String ipFunction(StackReport report) {
        for (String key : IP_ATTRIBUTES) {
            String value = report.attributes().get(key);
            if (value != null) {
                Matcher m = SYMBOL.matcher(value);
                if (m.find()) {
                    return FrameNames.normalize(m.group(1));
                }
            }
        }
        return null;
    }

    /** The IP function (if any) followed by the normalized names of the backtrace's frames, innermost first. */
    public static List<String> functions(StackReport report) {
        List<String> names = new ArrayList<>();
        String ip = ipFunction(report);
        if (ip != null) {
            names.add(ip);
        }
        for (Frame frame : report.backtrace().frames()) {
            String fn = FrameNames.normalize(frame.function());
            if (!fn.isEmpty()) {
                names.add(fn);
            }
        }
        return names;
    }

    /**
     * The functions in the order a culprit is looked for: IP, then frames of the interrupted code, then frames
     * an importer marked as interrupt or NMI context (the reporting machinery).
     */
    public static List<String> culpritCandidates(StackReport report) {
        List<String> names = new ArrayList<>();
        List<String> interrupt = new ArrayList<>();
        String ip = ipFunction(report);
        if (ip != null) {
            names.add(ip);
        }
        for (Frame frame : report.backtrace().frames()) {
            String fn = FrameNames.normalize(frame.function());
            if (!fn.isEmpty()) {
                boolean inInterrupt = "IRQ".equals(frame.context()) || "NMI".equals(frame.context())
                        || "SOFTIRQ".equals(frame.context());
                (inInterrupt ? interrupt : names).add(fn);
            }
        }
        names.addAll(interrupt);
        return names;
    }

    /**
     * The first of the report's {@code depth} innermost functions (IP first) that matches one of
     * {@code patterns}, or null. Frames marked unreliable ({@code ?}) count: a CPU spinning in a wait loop is
     * often unwound only by stack scanning.
     */
    public static String firstMatching(StackReport report, List<Pattern> patterns, int depth) {
        List<String> names = functions(report);
        for (int k = 0; k < Math.min(depth, names.size()); k++) {
            for (Pattern p : patterns) {
                if (p.matcher(names.get(k)).matches()) {
                    return names.get(k);
                }
            }
        }
        return null;
    }
}
