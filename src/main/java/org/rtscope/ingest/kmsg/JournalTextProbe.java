package org.rtscope.ingest.kmsg;

import java.util.regex.Matcher;
import org.rtscope.ingest.FormatProbe;
import org.rtscope.ingest.SniffSample;
import org.rtscope.model.SourceFormat;

/**
 * Recognises journalctl's line output. Certain on its {@code -- Logs begin at} / {@code -- Journal
 * begins at} / {@code -- Boot ... --} lines; otherwise on what syslog daemons do not write: a
 * zero-padded day ({@code Mar 03}), sub-second RFC 3164 stamps (short-precise), ISO stamps without
 * fraction (short-iso), short-unix, short-full, and short-monotonic lines whose idents look like
 * journal idents ({@code kernel:}, {@code name[pid]:}). Steps aside for {@code -o verbose}, which
 * {@link JournalProbe} reads.
 */
public final class JournalTextProbe implements FormatProbe {

    @Override
    public SourceFormat format() {
        return SourceFormat.JOURNAL_TEXT;
    }

    @Override
    public int score(SniffSample sample) {
        int lines = 0;
        boolean journalOnly = false;
        for (String line : sample.lines()) {
            if (LogLineShapes.VERBOSE_HEADER.matcher(line).find()) {
                return 0;
            }
            if (LogLineShapes.JOURNAL_MARKER.matcher(line).find()) {
                return CERTAIN;
            }
            Matcher rfc3164 = LogLineShapes.RFC3164.matcher(line);
            Matcher monotonic = LogLineShapes.MONOTONIC.matcher(line);
            if (rfc3164.find()) {
                lines++;
                journalOnly |= rfc3164.group(1) != null || LogLineShapes.ZERO_PADDED_DAY.matcher(line).find();
            } else if (LogLineShapes.ISO.matcher(line).find()) {
                lines++;
                journalOnly |= SyslogProbe.isIsoWithoutFraction(line);
            } else if (LogLineShapes.UNIX_OR_FULL.matcher(line).find()) {
                lines++;
                journalOnly = true;
            } else if (monotonic.find()) {
                lines++;
                String ident = monotonic.group(1);
                journalOnly |= ident.equals("kernel") || ident.endsWith("]");
            }
        }
        return journalOnly ? Math.min(2 * lines + 1, 99) : 0;
    }
}
