package org.rtscope.ingest.backtrace;

/**
 * The output of a crash command rtscope does not interpret ({@code kmem}, {@code dev}, {@code sys},
 * {@code struct}, ...). Its lines are expected crash output, not damage, so they are not counted as
 * skipped one by one; one warning names the command and the lines it covered.
 */
final class UnreadSection implements CrashSection {
    private final CrashOutput out;
    private final String command;
    private long first = -1;
    private long last;

    UnreadSection(CrashOutput out, String command) {
        this.out = out;
        this.command = command;
    }

    @Override
    public void line(byte[] buf, int off, int s, int end, long lineNo) {
        if (s == end) {
            return;
        }
        if (first < 0) {
            first = lineNo;
        }
        last = lineNo;
    }

    @Override
    public void finish() {
        if (first < 0) {
            return;
        }
        String what = command.isEmpty() ? "text before the first crash> prompt" : "output of 'crash> " + command + "'";
        String lines = first == last ? "line " + first : "lines " + first + "-" + last;
        out.report.warn(first, what + " (" + lines + ") is not interpreted by rtscope");
    }
}
