package org.rtscope.ingest.kmsg;

import java.util.regex.Pattern;

/**
 * Line shapes the syslog and journal probes look for. Sniffing looks at a few hundred lines once per
 * file, so regular expressions are fine here (the importers read bytes).
 */
final class LogLineShapes {
    private static final String MONTH = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
    private static final String HOST_AND_TAG = " \\S+ \\S";

    /** {@code Oct 24 22:43:47 host tag...}, optionally with {@code <PRI>} and a fraction. */
    static final Pattern RFC3164 = Pattern.compile("^(?:<\\d{1,3}>)?" + MONTH + " [ 0-3]\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?"
            + HOST_AND_TAG);
    /** RFC 3164 with a zero-padded day below 10: journalctl, not a syslog daemon. */
    static final Pattern ZERO_PADDED_DAY = Pattern.compile("^" + MONTH + " 0\\d ");
    /** RFC 3164 with a space-padded day: a syslog daemon, not journalctl. */
    static final Pattern SPACE_PADDED_DAY = Pattern.compile("^(?:<\\d{1,3}>)?" + MONTH + "  \\d ");
    /** ISO 8601 stamp (RFC 3339, RFC 5424 with {@code <PRI>1}); group 1 is the fraction. */
    static final Pattern ISO = Pattern.compile("^(?:<\\d{1,3}>(?:1 )?)?\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?"
            + "(?:Z|[+-]\\d\\d:?\\d\\d)?" + HOST_AND_TAG);
    /** journalctl -o short-monotonic: {@code [  108.101136] host ident[pid]: }; group 1 is the ident part. */
    static final Pattern MONOTONIC = Pattern.compile("^\\[\\s*\\d+\\.\\d{6}\\] \\S+ ([^\\s:\\[]+(?:\\[\\d+\\])?): ");
    /** journalctl -o short-unix and short-full. */
    static final Pattern UNIX_OR_FULL = Pattern.compile("^(?:\\d{10}\\.\\d{6}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
            + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [A-Za-z/_+-]+)" + HOST_AND_TAG);
    /** journalctl's header and boot separator lines. */
    static final Pattern JOURNAL_MARKER = Pattern.compile("^-- (?:Logs begin at |Journal begins at |Boot \\p{XDigit}{32} --"
            + "|Reboot --|No entries --)");
    /** journalctl -o verbose entry header with its cursor. */
    static final Pattern VERBOSE_HEADER = Pattern.compile("^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{4}-\\d\\d-\\d\\d "
            + "\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? \\S+ \\[s=\\p{XDigit}+;i=\\p{XDigit}+;b=\\p{XDigit}+;m=\\p{XDigit}+;t=\\p{XDigit}+");
    /** rsyslog's control-character escapes and repeat notices. */
    static final Pattern SYSLOG_ONLY = Pattern.compile("#011|last message repeated \\d+ times|message repeated \\d+ times");

    private LogLineShapes() {
    }
}
