package org.rtscope.ingest.kmsg;

import java.util.regex.Pattern;
import org.rtscope.ingest.FormatProbe;
import org.rtscope.ingest.SniffSample;
import org.rtscope.model.SourceFormat;

/**
 * Recognises kernel logs by their line prefixes: {@code [  103.087243]} (with {@code <6>}, caller ids,
 * the console's dropped-messages notice), {@code dmesg -T}, {@code --time-format iso}, {@code dmesg -x}
 * and /dev/kmsg records. A line counts twice when the prefix starts it and once when a stamp only
 * appears inside it (a console capture mixed with other output), so syslog files, whose kernel lines
 * carry the stamp after {@code kernel:}, score higher with their own probe.
 */
public final class DmesgProbe implements FormatProbe {
    private static final Pattern PREFIX = Pattern.compile("^(?:\\*\\* \\d+ printk messages dropped \\*\\* )?(?:"
            + "(?:<\\d{1,3}>)?\\[\\s*\\d+\\.\\d+(?:\\s*<[\\s\\d.]+>)?\\]"
            + "|\\d+,\\d+,\\d+,[^;]{0,40};"
            + "|(?:<\\d{1,3}>)?\\[(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\\]"
            + "|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d,\\d{6}[+-]\\d\\d:?\\d\\d "
            + "|(?:kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|local\\d)\\s*:"
            + "(?:emerg|alert|crit|err|warn|notice|info|debug)\\s*: )");
    private static final Pattern INNER_STAMP = Pattern.compile("\\[\\s*\\d+\\.\\d{6}\\]");

    @Override
    public SourceFormat format() {
        return SourceFormat.DMESG;
    }

    @Override
    public int score(SniffSample sample) {
        int score = 0;
        for (String line : sample.lines()) {
            if (PREFIX.matcher(line).find()) {
                score += 2;
            } else if (INNER_STAMP.matcher(line).find()) {
                score++;
            }
        }
        return Math.min(score, 99);
    }

    /** True when the line starts with a kernel log prefix (used by other probes to step aside). */
    public static boolean hasPrefix(String line) {
        return PREFIX.matcher(line).find();
    }
}
