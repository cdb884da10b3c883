package org.rtscope.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rtscope.ingest.backtrace.CrashProbe;
import org.rtscope.ingest.backtrace.GdbProbe;
import org.rtscope.ingest.ftrace.FtraceProbe;
import org.rtscope.ingest.ftrace.TraceCmdProbe;
import org.rtscope.ingest.kmsg.DmesgProbe;
import org.rtscope.ingest.kmsg.JournalProbe;
import org.rtscope.ingest.kmsg.JournalTextProbe;
import org.rtscope.ingest.kmsg.SyslogProbe;
import org.rtscope.ingest.oops.OopsProbe;
import org.rtscope.ingest.perf.PerfScriptProbe;
import org.rtscope.ingest.perf.PerfTimehistProbe;
import org.rtscope.model.SourceFormat;

/**
 * Tells a file's format from its first bytes, so users never have to say what they dropped.
 * Decides on content, not on file names: binary magic numbers first, then every text format's
 * {@link FormatProbe} scores the first lines and the best score wins.
 */
public final class Sniffer {
    /** How much of a file is looked at. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final byte[] TRACE_DAT_MAGIC = {0x17, 0x08, 0x44, 't', 'r', 'a', 'c', 'i', 'n', 'g'};

    /** The text formats, in order of preference when two score the same. */
    private static final List<FormatProbe> PROBES = List.of(new FtraceProbe(), new TraceCmdProbe(),
            new JournalProbe(), new JournalTextProbe(), new SyslogProbe(), new DmesgProbe(), new OopsProbe(),
            new PerfScriptProbe(), new PerfTimehistProbe(),
            new CrashProbe(), new GdbProbe());

    private Sniffer() {
    }

    /** The format of a file's content; gzip, xz and zstd files are looked into. */
    public static SourceFormat sniff(Path path) throws IOException {
        return sniff(CompressedInput.head(path, HEAD_BYTES));
    }

    public static SourceFormat sniff(byte[] head) {
        if (startsWith(head, TRACE_DAT_MAGIC)) {
            return SourceFormat.TRACE_DAT;
        }
        SniffSample sample = new SniffSample(head);
        SourceFormat best = SourceFormat.UNKNOWN;
        int bestScore = 0;
        for (FormatProbe probe : PROBES) {
            int score = probe.score(sample);
            if (score > bestScore) {
                best = probe.format();
                bestScore = score;
            }
            if (bestScore >= FormatProbe.CERTAIN) {
                // no probe can beat a header only this format has: on a cold JVM the other probes' regexes
                // would cost tens of milliseconds before the import can start
                break;
            }
        }
        return best;
    }

    /** Names of the formats that were tried, for the "not a supported format" message. */
    public static String triedFormats() {
        StringBuilder sb = new StringBuilder("trace-dat");
        for (FormatProbe probe : PROBES) {
            sb.append(", ").append(probe.format().id());
        }
        return sb.toString();
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
