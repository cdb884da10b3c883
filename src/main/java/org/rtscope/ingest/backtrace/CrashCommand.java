package org.rtscope.ingest.backtrace;

import java.util.Arrays;
import java.util.List;
import org.rtscope.ingest.text.Bytes;

/**
 * Which reader a crash command's output needs, decided from the command after the {@code crash>}
 * prompt ({@code bt -a}, {@code foreach UN bt}, {@code runq -g}, {@code ps -m}, {@code log -T}), or, for
 * text pasted without prompts, from the shape of its first line.
 */
enum CrashCommand {
    BT, RUNQ, PS, LOG, OTHER;

    /** The kind of {@code command} (the text after the prompt). */
    static CrashCommand of(String command) {
        List<String> words = Arrays.asList(command.trim().split("[\\s|>]+"));
        switch (words.get(0)) {
            case "bt":
                return BT;
            case "foreach":
                return words.contains("bt") ? BT : OTHER;
            case "runq":
                return RUNQ;
            case "ps":
                return PS;
            case "log":
            case "dmesg":
                return LOG;
            default:
                return OTHER;
        }
    }

    /** The kind of output that starts with the (non-blank, leading spaces skipped) line {@code buf[s, end)}. */
    static CrashCommand guess(byte[] buf, int s, int end) {
        if (Bytes.startsWith(buf, s, end, "PID:") || (buf[s] == '#' && s + 1 < end && Bytes.isDigit(buf[s + 1]))) {
            return BT;
        }
        if (Bytes.startsWith(buf, s, end, "CPU ") && s + 4 < end && Bytes.isDigit(buf[s + 4])) {
            return RUNQ;
        }
        if ((Bytes.startsWith(buf, s, end, "PID ") && Bytes.indexOf(buf, s, end, "PPID") > 0)
                || (buf[s] == '[' && Bytes.indexOf(buf, s, end, "] [") > 0 && Bytes.indexOf(buf, s, end, "PID:") > 0)) {
            return PS;
        }
        if (buf[s] == '[' && Bytes.indexOf(buf, s, end, ".") > 0) {
            return LOG;
        }
        return OTHER;
    }

    /** A reader for this command's output, writing to {@code out}. */
    CrashSection open(CrashOutput out, String command) {
        switch (this) {
            case BT:
                return new CrashBtSection(out);
            case RUNQ:
                return new RunqSection(out);
            case PS:
                return new PsSection(out);
            case LOG:
                return new LogSection(out);
            default:
                return new UnreadSection(out, command);
        }
    }
}
