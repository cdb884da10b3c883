package org.rtscope.ingest.oops;

import java.nio.charset.StandardCharsets;
import org.rtscope.ingest.FormatProbe;
import org.rtscope.ingest.SniffSample;
import org.rtscope.ingest.kmsg.DmesgProbe;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.SourceFormat;

/**
 * Recognises kernel report text without log timestamps (a pasted oops, a serial console with
 * {@code printk.time=0}): report lines ({@link ReportHeaders}, {@code Modules linked in},
 * {@code Hardware name}) and frame lines. Needs two report lines, or one and a frame, so a stray
 * {@code WARNING:} in some other text is not enough; steps aside when the text has kernel log
 * timestamps (then it is a {@code dmesg}).
 */
public final class OopsProbe implements FormatProbe {

    @Override
    public SourceFormat format() {
        return SourceFormat.OOPS;
    }

    @Override
    public int score(SniffSample sample) {
        int reportLines = 0;
        int frames = 0;
        for (String line : sample.lines()) {
            if (DmesgProbe.hasPrefix(line)) {
                return 0;
            }
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            int s = Bytes.skipSpaces(b, 0, b.length);
            if (ReportHeaders.match(b, 0, b.length) != null || Bytes.startsWith(b, s, b.length, "Modules linked in:")
                    || Bytes.startsWith(b, s, b.length, "Hardware name:")) {
                reportLines++;
            } else if (FrameParser.parse(b, 0, b.length, null) != null || ArmCallLine.isOldStyle(b, 0, b.length)) {
                frames++;
            }
        }
        boolean enough = reportLines >= 2 || reportLines >= 1 && frames >= 1;
        return enough ? Math.min(2 * reportLines + frames, 99) : 0;
    }
}
