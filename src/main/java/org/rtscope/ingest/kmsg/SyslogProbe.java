package org.rtscope.ingest.kmsg;

import java.util.regex.Matcher;
import org.rtscope.ingest.FormatProbe;
import org.rtscope.ingest.SniffSample;
import org.rtscope.model.SourceFormat;

/**
 * Recognises syslog files: lines that start with an RFC 3164 or ISO 8601 stamp and a host. Two points
 * per such line (more than {@link DmesgProbe} gives a kernel stamp inside a line), two more when the
 * file shows what only syslog daemons write: a space-padded day ({@code May  1}), rsyslog's
 * {@code #011} escapes, repeat notices. journalctl's short output has the same shape; its own probe
 * wins on its markers.
 */
public final class SyslogProbe implements FormatProbe {

    @Override
    public SourceFormat format() {
        return SourceFormat.SYSLOG;
    }

    @Override
    public int score(SniffSample sample) {
        int lines = 0;
        boolean syslogOnly = false;
        for (String line : sample.lines()) {
            if (LogLineShapes.RFC3164.matcher(line).find() || LogLineShapes.ISO.matcher(line).find()) {
                lines++;
                syslogOnly |= LogLineShapes.SPACE_PADDED_DAY.matcher(line).find()
                        || LogLineShapes.SYSLOG_ONLY.matcher(line).find();
            }
        }
        if (lines == 0) {
            return 0;
        }
        return Math.min(2 * lines + (syslogOnly ? 2 : 0), 99);
    }

    /** True for an ISO stamp without fraction: journalctl's short-iso, which syslog daemons do not write. */
    static boolean isIsoWithoutFraction(String line) {
        Matcher m = LogLineShapes.ISO.matcher(line);
        return m.find() && m.group(1) == null;
    }
}
