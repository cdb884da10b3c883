package org.rtscope.ingest.backtrace;

import java.util.Locale;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Frame;
import org.rtscope.model.StackReport;

/**
 * Reads {@code bt} output in all its forms ({@code bt}, {@code -a}, {@code -c N}, {@code -t},
 * {@code -f/-F/-FF}, {@code -e}, {@code -l}, {@code -s}, {@code foreach bt}) into one
 * {@link StackReport#CRASH_TASK} report per {@code PID: … TASK: … CPU: … COMMAND: "…"} header.
 *
 * <p>Frames ({@code #N [sp] func at addr [module]}) become the backtrace. What crash prints under a
 * frame is kept as an attribute named after it: {@code "#5 exception RIP"}, {@code "#5 registers"}
 * (the register dump of an exception frame), {@code "#4 stack"} (the stack words of {@code bt -f/-F/-FF});
 * {@code bt -e} register sets are keyed by their {@code KERNEL-MODE}/{@code USER-MODE EXCEPTION FRAME}.
 * A stack switch marker ({@code --- <NMI exception stack> ---}, {@code --- <IRQ stack> ---}) ends the
 * frames that ran on that stack: they get its context ({@code NMI}, {@code IRQ}, …). {@code bt -t}
 * prints text symbols found on the stack; they are kept as unreliable frames after {@code START}.
 */
final class CrashBtSection implements CrashSection {
    private final CrashOutput out;
    private final CrashFrameParser parser;
    private ReportDraft task;
    private String anchor = "";
    private int contextFrom;

    CrashBtSection(CrashOutput out) {
        this.out = out;
        this.parser = new CrashFrameParser(out.interner);
    }

    @Override
    public void line(byte[] buf, int off, int s, int end, long lineNo) {
        if (s == end || isElision(buf, s, end)) {
            return;
        }
        if (Bytes.startsWith(buf, s, end, "PID:")) {
            startTask(buf, s, end, lineNo);
        } else if (buf[s] == '#' && s + 1 < end && Bytes.isDigit(buf[s + 1])) {
            numberedFrame(buf, s, end, lineNo);
        } else if (Bytes.startsWith(buf, s, end, "--- <") && Bytes.startsWith(buf, end - 5, end, "> ---")) {
            stackSwitch(buf, s + 5, end - 5, lineNo);
        } else if (buf[s] == '[' && isHexBracket(buf, s, end)) {
            ensureTask(lineNo).addFrame(parser.parse(buf, s, end, true), lineNo);
        } else if (Bytes.startsWith(buf, s, end, "bt: ") || Bytes.startsWith(buf, s, end, "possible stack overflow")) {
            message(buf, s, end, lineNo);
        } else if (task != null && detail(buf, s, end)) {
            task.touch(lineNo);
        } else {
            out.report.skip(lineNo, "not part of a crash backtrace: " + Bytes.excerpt(buf, s, end - s));
        }
    }

    @Override
    public void finish() {
        closeTask();
    }

    /** Lines printed under a frame or a task header. */
    private boolean detail(byte[] buf, int s, int end) {
        if (Bytes.startsWith(buf, s, end, "[exception RIP: ") && buf[end - 1] == ']') {
            task.put(key("exception RIP"), LineText.of(buf, s + 16, end - 1));
        } else if (Bytes.startsWith(buf, s, end, "START: ")) {
            task.put("START", LineText.of(buf, Bytes.skipSpaces(buf, s + 7, end), end));
        } else if (Bytes.indexOf(buf, s, end, "-MODE EXCEPTION FRAME AT ") > 0) {
            int at = Bytes.indexOf(buf, s, end, " AT ");
            anchor = LineText.of(buf, s, at);
            task.put(anchor, LineText.of(buf, at + 4, buf[end - 1] == ':' ? end - 1 : end));
        } else if (isRegisterLine(buf, s, end)) {
            task.append(key("registers"), LineText.collapsed(buf, s, end));
        } else if (isMemoryLine(buf, s, end)) {
            task.append(key("stack"), LineText.collapsed(buf, s, end));
        } else if (buf[s] == '(' && buf[end - 1] == ')' && task.frameCount() > 0) {
            // old foreach bt prints each frame's arguments on the next line
            patchLastFrame(null, LineText.of(buf, s + 1, end - 1));
        } else if (isSourceLine(buf, s, end)) {
            int colon = Bytes.lastIndexOf(buf, s, end, (byte) ':');
            patchLastFrame(LineText.of(buf, s, colon) + ":" + LineText.of(buf, Bytes.skipSpaces(buf, colon + 1, end), end), null);
        } else {
            return false;
        }
        return true;
    }

    private void startTask(byte[] buf, int s, int end, long lineNo) {
        closeTask();
        CrashTaskHeader header = CrashTaskHeader.parse(buf, s, end);
        task = new ReportDraft(StackReport.CRASH_TASK, LineText.of(buf, s, end), lineNo);
        task.pid(header.pid());
        task.cpu(header.cpu());
        task.comm(header.comm());
        if (header.task() != null) {
            task.put("TASK", header.task());
        }
    }

    private ReportDraft ensureTask(long lineNo) {
        if (task == null) {
            task = new ReportDraft(StackReport.CRASH_TASK, "backtrace", lineNo);
        }
        return task;
    }

    private void numberedFrame(byte[] buf, int s, int end, long lineNo) {
        int numberEnd = s + 1;
        while (numberEnd < end && Bytes.isDigit(buf[numberEnd])) {
            numberEnd++;
        }
        ReportDraft draft = ensureTask(lineNo);
        draft.addFrame(parser.parse(buf, numberEnd, end, false), lineNo);
        anchor = out.interner.text(buf, s, numberEnd);
    }

    /** {@code --- <NMI exception stack> ---}: the frames since the previous switch ran on that stack. */
    private void stackSwitch(byte[] buf, int from, int to, long lineNo) {
        ReportDraft draft = ensureTask(lineNo);
        draft.touch(lineNo);
        String name = LineText.of(buf, from, to);
        String context = name.toLowerCase(Locale.ROOT).startsWith("soft") ? "SOFTIRQ"
                : name.split(" ", 2)[0].toUpperCase(Locale.ROOT);
        for (int i = contextFrom; i < draft.frameCount(); i++) {
            Frame f = draft.frame(i);
            if (f.context() == null) {
                draft.replaceFrame(i, out.interner.frame(new Frame(f.function(), f.address(), f.offset(), f.size(),
                        f.module(), f.unreliable(), context, f.location(), f.args())));
            }
        }
        contextFrom = draft.frameCount();
    }

    private void message(byte[] buf, int s, int end, long lineNo) {
        if (task == null) {
            out.report.warn(lineNo, "crash: " + LineText.of(buf, s, end));
        } else {
            task.append("bt message", LineText.of(buf, s, end));
            task.touch(lineNo);
        }
    }

    private void patchLastFrame(String location, String args) {
        if (task.frameCount() == 0) {
            return;
        }
        int last = task.frameCount() - 1;
        Frame f = task.frame(last);
        task.replaceFrame(last, out.interner.frame(new Frame(f.function(), f.address(), f.offset(), f.size(),
                f.module(), f.unreliable(), f.context(), location != null ? location : f.location(),
                args != null ? args : f.args())));
    }

    private String key(String what) {
        return anchor.isEmpty() ? what : anchor + " " + what;
    }

    private void closeTask() {
        if (task != null) {
            out.reports.add(task, Backtrace.KERNEL);
        }
        task = null;
        anchor = "";
        contextFrom = 0;
    }

    /** {@code RIP: ffffffff8103eacb  RSP: …}, {@code DS:  0018 …}, arm64 {@code PC: … [func+796]}, {@code X29: …}. */
    private static boolean isRegisterLine(byte[] buf, int s, int end) {
        int i = s;
        if (i >= end || buf[i] < 'A' || buf[i] > 'Z') {
            return false;
        }
        while (i < end && ((buf[i] >= 'A' && buf[i] <= 'Z') || Bytes.isDigit(buf[i]) || buf[i] == '_')) {
            i++;
        }
        if (i >= end || buf[i] != ':' || i - s > 10) {
            return false;
        }
        int value = Bytes.skipSpaces(buf, i + 1, end);
        return value < end && Character.digit(buf[value], 16) >= 0;
    }

    /** {@code ffff810072b47f18: [ffff81007e020380:files_cache] sys_write+69} from {@code bt -f/-F/-FF}. */
    private static boolean isMemoryLine(byte[] buf, int s, int end) {
        int i = s;
        while (i < end && Character.digit(buf[i], 16) >= 0) {
            i++;
        }
        return i - s >= 8 && i < end && buf[i] == ':';
    }

    /** {@code bt -l}: {@code /usr/src/debug/…/kernel/panic.c: 86}. */
    private static boolean isSourceLine(byte[] buf, int s, int end) {
        int colon = Bytes.lastIndexOf(buf, s, end, (byte) ':');
        if (colon <= s || Bytes.indexOf(buf, s, colon, "/") < 0 || Bytes.indexOf(buf, s, colon, " ") >= 0) {
            return false;
        }
        int digits = Bytes.skipSpaces(buf, colon + 1, end);
        if (digits == end) {
            return false;
        }
        for (int i = digits; i < end; i++) {
            if (!Bytes.isDigit(buf[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@code [c1aa1f28] dput at c0157dbc}: a bt -t stack word that points at kernel text. */
    private static boolean isHexBracket(byte[] buf, int s, int end) {
        int close = Bytes.indexOf(buf, s, end, "]");
        if (close < s + 2) {
            return false;
        }
        for (int i = s + 1; i < close; i++) {
            if (Character.digit(buf[i], 16) < 0) {
                return false;
            }
        }
        return Bytes.indexOf(buf, close, end, " at ") > 0;
    }

    /** "..." where an example or a paste left lines out. */
    private static boolean isElision(byte[] buf, int s, int end) {
        return end - s == 3 && buf[s] == '.' && buf[s + 1] == '.' && buf[s + 2] == '.';
    }


}
