package org.rtscope.ingest.oops;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.StackReport;

/**
 * Recognises the lines that structure a kernel report: the line that names the failure (CATALOG §3:
 * soft/hard lockup, RCU stall, hung task, WARN, BUG, oops, panic, NMI backtrace), the {@code cut here}
 * and {@code end trace} fences, the task lines ({@code CPU: 3 PID: 123 Comm: foo}, {@code task:foo
 * state:D ... pid:123}) and the trace headers ({@code Call Trace:}, {@code Call trace:},
 * {@code Backtrace:}).
 *
 * <p>Every line of a kernel log passes here, so a rule is only tried when the line starts with its
 * literal prefix (looked up by first byte, no String made); the rule's regex then runs on the few
 * lines that pass, to check the shape and pull out cpu, pid and comm.
 */
final class ReportHeaders {

    /** What a header line does to the report it belongs to. */
    enum Role {
        /** {@code ------------[ cut here ]------------}: a report follows. */
        CUT_HERE,
        /** Names a failure: opens a report of {@link Header#kind()}. */
        OPEN,
        /** {@code ---[ end trace ... ]---}: closes the report. */
        END,
        /** {@code CPU: 3 PID: 123 Comm: foo ...}: the task the report is about. */
        TASK,
        /** {@code task:foo state:D ... pid:123}: a task whose stack follows. */
        TASK_STATE,
        /** {@code Call Trace:}: frames follow. */
        TRACE_START
    }

    /**
     * A recognised header line.
     *
     * @param certain false for generic titles ({@code WARNING: ...}, {@code BUG: ...}) that drivers also
     *              print as plain messages: such a report only counts once its structure follows
     * @param cpu   CPU named by the line, or -1
     * @param pid   pid named by the line, or -1
     * @param comm  task name named by the line, or null
     * @param facts other named values of the line (e.g. "Tainted", "state")
     */
    record Header(Role role, String kind, boolean certain, int cpu, int pid, String comm, Map<String, String> facts) {
    }

    private record Rule(String literal, Pattern pattern, boolean required, boolean certain, Role role, String kind,
                        int cpuGroup, int pidGroup, int commGroup, String[] factNames, int[] factGroups) {

        Header match(String text) {
            if (pattern == null) {
                return new Header(role, kind, certain, -1, -1, null, Map.of());
            }
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                return required ? null : new Header(role, kind, certain, -1, -1, null, Map.of());
            }
            Map<String, String> facts = new LinkedHashMap<>();
            for (int k = 0; k < factNames.length; k++) {
                String value = m.group(factGroups[k]);
                if (value != null) {
                    facts.put(factNames[k], value.strip());
                }
            }
            return new Header(role, kind, certain, number(m, cpuGroup), number(m, pidGroup),
                    commGroup > 0 ? m.group(commGroup) : null, facts);
        }

        private static int number(Matcher m, int group) {
            if (group <= 0 || m.group(group) == null) {
                return -1;
            }
            try {
                return Integer.parseInt(m.group(group));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /** Rules by the first byte of their literal, in the order they are tried. */
    @SuppressWarnings("unchecked")
    private static final List<Rule>[] BY_FIRST_BYTE = new List[128];

    static {
        fence("------------[ cut here ]", Role.CUT_HERE);
        fence("8<--- cut here", Role.CUT_HERE);
        fence("---[ end trace", Role.END);
        fence("---[ end Kernel panic", Role.END);

        String softLockup = "BUG: soft lockup - CPU#(\\d+) stuck for (\\d+)s! \\[(.*):(\\d+)\\]";
        for (String literal : List.of("BUG: soft lockup", "watchdog: BUG: soft lockup", "NMI watchdog: BUG: soft lockup")) {
            rule(literal, softLockup, false, Role.OPEN, StackReport.SOFT_LOCKUP, 1, 4, 3, facts("stuck for s", 2));
        }

        String hardLockup = "hard LOCKUP on cpu (\\d+)";
        for (String literal : List.of("Watchdog detected hard LOCKUP", "NMI watchdog: Watchdog detected hard LOCKUP",
                "watchdog: Watchdog detected hard LOCKUP")) {
            rule(literal, hardLockup, false, Role.OPEN, StackReport.HARD_LOCKUP, 1, 0, 0, facts());
        }
        for (String literal : List.of("NMI watchdog: CPU", "watchdog: CPU")) {
            rule(literal, "CPU(\\d+): Watchdog detected " + hardLockup, true, Role.OPEN, StackReport.HARD_LOCKUP, 2, 0, 0,
                    facts("reported by CPU", 1));
        }
        rule("Watchdog CPU:", "^Watchdog CPU:(\\d+) Hard LOCKUP", true, Role.OPEN, StackReport.HARD_LOCKUP, 1, 0, 0, facts());

        String rcu = "INFO: (\\S+) (?:self-)?detected (?:expedited )?stalls? on";
        rule("INFO: rcu", rcu, true, Role.OPEN, StackReport.RCU_STALL, 0, 0, 0, facts("flavor", 1));
        rule("rcu: INFO: ", rcu, true, Role.OPEN, StackReport.RCU_STALL, 0, 0, 0, facts("flavor", 1));

        rule("INFO: task ", "^INFO: task (.+):(\\d+) blocked for more than (\\d+) seconds", true, Role.OPEN,
                StackReport.HUNG_TASK, 0, 2, 1, facts("blocked for s", 3));
        rule("INFO: task ", "^INFO: task (.+?):(\\d+) (?:<\\w+> )?(?:is )?blocked on (?:an? )?([\\w-]+)", true, Role.OPEN,
                StackReport.HUNG_TASK, 0, 2, 1, facts("blocked on", 3));

        rule("NMI backtrace for cpu ", "^NMI backtrace for cpu (\\d+)", true, Role.OPEN, StackReport.NMI_BACKTRACE,
                1, 0, 0, facts());

        rule("WARNING: CPU: ", "^WARNING: CPU: (\\d+) PID: (\\d+) at ", false, Role.OPEN, StackReport.WARNING, 1, 2, 0,
                facts());
        generic("WARNING: ", StackReport.WARNING);
        // lockdep before ≈4.15: "[ INFO: possible recursive locking detected ]"
        generic("[ INFO: ", StackReport.WARNING);
        generic("[ BUG: ", StackReport.WARNING);

        // "Oops: 0002 [#1] PREEMPT SMP", "Internal error: Oops: 5 [#1] SMP ARM"; other "Oops: ..." messages exist
        for (String literal : List.of("Oops", "Internal error")) {
            rule(literal, "\\[#\\d+\\]", true, Role.OPEN, StackReport.OOPS, 0, 0, 0, facts());
            generic(literal, StackReport.OOPS);
        }
        for (String literal : List.of("BUG: unable to handle", "BUG: Unable to handle", "BUG: kernel NULL pointer",
                "BUG: TASK stack guard page", "Unable to handle kernel", "Unhandled fault",
                "general protection fault", "divide error", "invalid opcode", "kernel BUG at", "Kernel BUG at",
                "double fault", "PANIC: double fault", "stack segment", "kernel tried to execute",
                "SError Interrupt", "Bad mode in", "illegal operation", "Kernel stack overflow")) {
            rule(literal, null, false, Role.OPEN, StackReport.OOPS, 0, 0, 0, facts());
        }
        generic("Alignment trap", StackReport.OOPS);

        rule("BUG: scheduling while atomic: ", "^BUG: scheduling while atomic: (.+)/(\\d+)/0x", false, Role.OPEN,
                StackReport.BUG, 0, 2, 1, facts());
        rule("BUG: spinlock ", "on CPU#(\\d+), (.+)/(\\d+)", false, Role.OPEN, StackReport.BUG, 1, 3, 2, facts());
        for (String literal : List.of("BUG: sleeping function called", "BUG: workqueue lockup", "BUG: KASAN:",
                "BUG: KMSAN:", "BUG: KCSAN:", "BUG: KFENCE:", "BUG: memory leak", "BUG: Bad page", "BUG: using ")) {
            rule(literal, null, false, Role.OPEN, StackReport.BUG, 0, 0, 0, facts());
        }
        generic("BUG: ", StackReport.BUG);
        rule("BUG ", "^BUG [\\w.:-]+ \\(", true, Role.OPEN, StackReport.BUG, 0, 0, 0, facts());
        generic("UBSAN: ", StackReport.BUG);

        rule("Kernel panic - not syncing", null, false, Role.OPEN, StackReport.PANIC, 0, 0, 0, facts());

        rule("CPU: ", "^CPU: (\\d+) (?:UID: \\d+ )?PID: (\\d+) Comm: (.{1,20}?) (?:Kdump: \\S+ )?(?:Not tainted|Tainted: (.*))",
                true, Role.TASK, null, 1, 2, 3, facts("Tainted", 4));
        rule("Pid: ", "^Pid: (\\d+), comm: (.{1,20}?) (?:Not tainted|Tainted: (.*))", true, Role.TASK, null, 0, 1, 2,
                facts("Tainted", 3));
        rule("Process ", "^Process (.+) \\(pid: (\\d+),", true, Role.TASK, null, 0, 2, 1, facts());
        rule("task:", "^task:(.+?)\\s+state:(\\S+)\\s.*?pid:\\s*(\\d+)", true, Role.TASK_STATE, null, 0, 3, 1,
                facts("state", 2));

        for (String literal : List.of("Call Trace:", "Call trace:", "Backtrace:", "backtrace:")) {
            rule(literal, null, false, Role.TRACE_START, null, 0, 0, 0, facts());
        }
    }

    private ReportHeaders() {
    }

    private static Object[] facts(Object... namesAndGroups) {
        return namesAndGroups;
    }

    private static void fence(String literal, Role role) {
        rule(literal, null, false, role, null, 0, 0, 0, facts());
    }

    /** A title that is also printed as a plain message: the report needs confirming lines. */
    private static void generic(String literal, String kind) {
        add(literal, null, false, false, Role.OPEN, kind, 0, 0, 0, facts());
    }

    private static void rule(String literal, String regex, boolean required, Role role, String kind, int cpuGroup,
                             int pidGroup, int commGroup, Object[] facts) {
        add(literal, regex, required, true, role, kind, cpuGroup, pidGroup, commGroup, facts);
    }

    private static void add(String literal, String regex, boolean required, boolean certain, Role role, String kind,
                            int cpuGroup, int pidGroup, int commGroup, Object[] facts) {
        String[] names = new String[facts.length / 2];
        int[] groups = new int[facts.length / 2];
        for (int k = 0; k < names.length; k++) {
            names[k] = (String) facts[2 * k];
            groups[k] = (Integer) facts[2 * k + 1];
        }
        Rule rule = new Rule(literal, regex == null ? null : Pattern.compile(regex), required, certain, role, kind,
                cpuGroup, pidGroup, commGroup, names, groups);
        int first = literal.charAt(0);
        if (BY_FIRST_BYTE[first] == null) {
            BY_FIRST_BYTE[first] = new ArrayList<>();
        }
        BY_FIRST_BYTE[first].add(rule);
    }

    /** The line {@code buf[from, end)} without leading and trailing blanks. */
    static String text(byte[] buf, int from, int end) {
        int s = Bytes.skipSpaces(buf, from, end);
        return new String(buf, s, Bytes.trimEnd(buf, s, end) - s, StandardCharsets.UTF_8);
    }

    /** The header in {@code buf[from, end)} (leading blanks ignored), or null for any other line. */
    static Header match(byte[] buf, int from, int end) {
        int s = Bytes.skipSpaces(buf, from, end);
        if (s >= end || buf[s] < 0) {
            return null;
        }
        List<Rule> rules = BY_FIRST_BYTE[buf[s]];
        if (rules == null) {
            return null;
        }
        String text = null;
        for (Rule rule : rules) {
            if (!Bytes.startsWith(buf, s, end, rule.literal())) {
                continue;
            }
            if (text == null) {
                text = text(buf, s, end);
            }
            Header header = rule.match(text);
            if (header != null) {
                return header;
            }
        }
        return null;
    }
}
