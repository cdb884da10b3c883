package org.rtscope.ingest.backtrace;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StackReport;

/**
 * Splits a crash session at its prompts ({@code crash> bt -a}) and hands each command's output to the
 * reader for that command ({@link CrashCommand}); text before the first prompt, or a file without
 * prompts, is read by the reader its first line looks like.
 */
final class CrashTranscript {
    private final CrashOutput out;
    private CrashSection section;

    CrashTranscript(SourceReport report) {
        this.out = new CrashOutput(report);
    }

    void line(byte[] buf, int off, int length, long lineNo) {
        int len = AnsiEscapes.strip(buf, off, length);
        int end = Bytes.trimEnd(buf, off, off + len);
        int prompt = promptEnd(buf, off, end);
        if (prompt >= 0) {
            finishSection();
            String command = new String(buf, prompt, end - prompt, StandardCharsets.UTF_8).trim();
            section = CrashCommand.of(command).open(out, command);
            return;
        }
        int s = Bytes.skipSpaces(buf, off, end);
        if (section == null) {
            if (s == end) {
                return;
            }
            section = CrashCommand.guess(buf, s, end).open(out, "");
        }
        section.line(buf, off, s, end, lineNo);
    }

    /** Closes the last command's output; call once at the end of the input. */
    void finish() {
        finishSection();
    }

    List<StackReport> reports() {
        return out.reports.reports();
    }

    LogStore logs() {
        return out.builtLogs();
    }

    private void finishSection() {
        if (section != null) {
            section.finish();
            section = null;
        }
    }

    /**
     * Index after the prompt when the line starts with one ({@code crash> }, or a renamed binary's
     * {@code crash64> }), else -1.
     */
    static int promptEnd(byte[] buf, int off, int end) {
        if (!Bytes.startsWith(buf, off, end, "crash")) {
            return -1;
        }
        int i = off + 5;
        while (i < end && i < off + 16 && buf[i] != '>' && !Bytes.isSpace(buf[i])) {
            i++;
        }
        if (i >= end || buf[i] != '>') {
            return -1;
        }
        return i + 1 < end && buf[i + 1] == ' ' ? i + 2 : i + 1;
    }
}
