package org.rtscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.rtscope.model.SourceFormat;

/**
 * Tells a file's format from its first bytes, so users never have to say what they dropped.
 * Decides on content, not on file names: the header lines of ftrace ({@code # tracer:}) and
 * trace-cmd ({@code version = }, {@code cpus=}), the trace.dat magic, and otherwise the shape of
 * the first event lines.
 */
public final class Sniffer {
    /** How much of a file is looked at. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final byte[] TRACE_DAT_MAGIC = {0x17, 0x08, 0x44, 't', 'r', 'a', 'c', 'i', 'n', 'g'};
    /** {@code comm-pid [ddd] flags ts: event:} (ftrace), optionally with the {@code (tgid)} column. */
    private static final Pattern FTRACE_LINE = Pattern.compile(
            "^.{1,40}?-\\d+\\s+(\\(\\s*[\\d-]+\\)\\s+)?\\[\\d{3,}\\]\\s+[.dDbX][.NnpBLbl][.hsHzZ][.0-9a-f][.0-9a-f]?\\s+\\d+(\\.\\d+)?:\\s+\\S+:");
    /** {@code comm-pid [ddd] ts: event:} (trace-cmd report without latency columns). */
    private static final Pattern TRACE_CMD_LINE = Pattern.compile(
            "^.{1,40}?-\\d+\\s+\\[\\d{3,}\\]\\s+\\d+\\.\\d+:\\s+\\S+:");
    /** {@code comm-pid cpuFlags ts: event:} (trace-cmd report -l). */
    private static final Pattern TRACE_CMD_LATENCY_LINE = Pattern.compile(
            "^.{1,40}?-\\d+\\s+\\d+[.dDbX][.NnpBLbl][.hsHzZ][.0-9a-f][.0-9a-f]?\\s+\\d+\\.\\d+:\\s+\\S+:");

    private Sniffer() {
    }

    public static SourceFormat sniff(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return sniff(in.readNBytes(HEAD_BYTES));
        }
    }

    public static SourceFormat sniff(byte[] head) {
        if (startsWith(head, TRACE_DAT_MAGIC)) {
            return SourceFormat.TRACE_DAT;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", 200);
        int ftrace = 0;
        int traceCmd = 0;
        for (int i = 0; i < lines.length && i < 199; i++) {
            String line = lines[i];
            if (line.startsWith("# tracer:") || line.startsWith("# entries-in-buffer/")) {
                return SourceFormat.FTRACE;
            }
            if (i < 3 && (line.startsWith("version = ") || line.matches("cpus=\\d+"))) {
                return SourceFormat.TRACE_CMD;
            }
            if (FTRACE_LINE.matcher(line).find()) {
                ftrace++;
            } else if (TRACE_CMD_LINE.matcher(line).find() || TRACE_CMD_LATENCY_LINE.matcher(line).find()) {
                traceCmd++;
            }
        }
        if (ftrace == 0 && traceCmd == 0) {
            return SourceFormat.UNKNOWN;
        }
        return ftrace >= traceCmd ? SourceFormat.FTRACE : SourceFormat.TRACE_CMD;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
