package org.rtscope.timeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rtscope.analysis.Finding;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;
import org.rtscope.model.Trace;

/**
 * Resolves a finding's evidence lines (source, line, time, text) to what they point at in the loaded
 * case, so a click in the inspector can select it, move the timeline to it and show its context:
 * <ul>
 *   <li>a line inside a report (oops, lockup, crash or gdb stack) → that report and its backtrace;</li>
 *   <li>a line of a log source → that record, with the two records before and after it;</li>
 *   <li>a line of the primary trace → that event (and its recorded stack, if any);</li>
 *   <li>otherwise, a time alone, or nothing.</li>
 * </ul>
 * The frames a finding is about (its "signature") are those whose function the finding's evidence or
 * title names: {@code posix_cpu_timers_work} in s1, {@code on_alarm} and {@code pthread_mutex_lock} in s4.
 */
public final class EvidenceLocator {
    private static final int CONTEXT = 2;
    private static final int SEARCH_WINDOW = 50_000;
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{2,}");

    private EvidenceLocator() {
    }

    public static EvidenceTarget locate(TimelineData data, Finding finding, Finding.Evidence evidence) {
        Set<String> names = namedSymbols(finding);
        int source = sourceIndex(data.source(), evidence.source());
        long time = evidence.time();
        int cpu = finding.cpus().size() == 1 ? finding.cpus().get(0) : -1;
        if (source >= 0) {
            Case.Source src = data.source().sources().get(source);
            List<StackReport> reports = src.stacks();
            for (int r = 0; r < reports.size(); r++) {
                StackReport report = reports.get(r);
                if (evidence.line() >= report.firstLine() && evidence.line() <= report.lastLine()) {
                    long t = report.time() != LogStore.NO_TIME ? report.time() : time;
                    int c = report.cpu() >= 0 ? report.cpu() : cpu;
                    return new EvidenceTarget(EvidenceTarget.Kind.REPORT, source, r, -1, t, c,
                            logContext(data, source, evidence.line()), -1, report.backtrace(),
                            signature(report.backtrace(), names));
                }
            }
            int track = logTrack(data, source);
            if (track >= 0) {
                LogStore logs = data.logs().get(track).logs();
                int record = recordAt(logs, evidence.line());
                if (record >= 0) {
                    long t = logs.bootNs(record) != LogStore.NO_TIME ? logs.bootNs(record) : time;
                    int c = logs.cpu(record) >= 0 ? logs.cpu(record) : cpu;
                    List<String> context = new ArrayList<>();
                    int focus = -1;
                    for (int i = Math.max(0, record - CONTEXT); i <= Math.min(logs.size() - 1, record + CONTEXT); i++) {
                        if (i == record) {
                            focus = context.size();
                        }
                        context.add(logLine(logs, i));
                    }
                    return new EvidenceTarget(EvidenceTarget.Kind.LOG, source, record, track, t, c, context, focus,
                            null, List.of());
                }
            }
            if (src.trace() != null && src.trace() == data.trace()) {
                int event = eventAt(data.trace(), evidence.line(), time);
                if (event >= 0) {
                    Trace trace = data.trace();
                    Backtrace stack = trace.stack(event);
                    return new EvidenceTarget(EvidenceTarget.Kind.EVENT, source, event, -1, trace.ts(event),
                            trace.cpu(event), List.of(), -1, stack, stack == null ? List.of() : signature(stack, names));
                }
            }
        }
        if (time != Long.MIN_VALUE && time != LogStore.NO_TIME) {
            return new EvidenceTarget(EvidenceTarget.Kind.TIME, source, -1, -1, time, cpu, List.of(), -1, null, List.of());
        }
        return new EvidenceTarget(EvidenceTarget.Kind.NONE, source, -1, -1, Long.MIN_VALUE, cpu, List.of(), -1, null,
                List.of());
    }

    /** Indices of {@code stack}'s frames that {@code finding} names (none without a finding). */
    public static List<Integer> signature(Finding finding, Backtrace stack) {
        return finding == null ? List.of() : signature(stack, namedSymbols(finding));
    }

    /** Function-like words in the finding's title and evidence texts. */
    static Set<String> namedSymbols(Finding finding) {
        Set<String> names = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        texts.add(finding.title());
        for (Finding.Evidence e : finding.evidence()) {
            texts.add(e.text());
        }
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                names.add(m.group());
            }
        }
        return names;
    }

    /** Indices of frames whose function (without leading underscores) a name in {@code names} matches. */
    static List<Integer> signature(Backtrace stack, Set<String> names) {
        List<Integer> hits = new ArrayList<>();
        for (int k = 0; k < stack.frames().size(); k++) {
            Frame frame = stack.frames().get(k);
            String fn = frame.function();
            if (fn.isEmpty()) {
                continue;
            }
            String bare = fn.replaceFirst("^_+", "");
            for (String name : names) {
                String n = name.replaceFirst("^_+", "");
                if (fn.equals(name) || !n.isEmpty() && bare.equals(n)) {
                    hits.add(k);
                    break;
                }
            }
        }
        return hits;
    }

    /** The case source an evidence's {@code source} names: same path, same file name, or a path ending in it. */
    static int sourceIndex(Case aCase, String name) {
        if (name == null || name.isEmpty()) {
            return -1;
        }
        List<Case.Source> sources = aCase.sources();
        for (int s = 0; s < sources.size(); s++) {
            String path = sources.get(s).report().path();
            if (path.equals(name)) {
                return s;
            }
        }
        for (int s = 0; s < sources.size(); s++) {
            Path path = Path.of(sources.get(s).report().path());
            String file = String.valueOf(path.getFileName());
            if (file.equals(name) || path.toString().endsWith("/" + name) || name.endsWith("/" + file)) {
                return s;
            }
        }
        return -1;
    }

    private static int logTrack(TimelineData data, int source) {
        for (int k = 0; k < data.logs().size(); k++) {
            if (data.logs().get(k).source() == source) {
                return k;
            }
        }
        return -1;
    }

    /** The record that holds line {@code line}: the last one starting at or before it. */
    static int recordAt(LogStore logs, long line) {
        int best = -1;
        for (int i = 0; i < logs.size(); i++) {
            if (logs.line(i) <= line && (best < 0 || logs.line(i) >= logs.line(best))) {
                best = i;
            }
        }
        return best;
    }

    private static List<String> logContext(TimelineData data, int source, long line) {
        int track = logTrack(data, source);
        if (track < 0) {
            return List.of();
        }
        LogStore logs = data.logs().get(track).logs();
        int record = recordAt(logs, line);
        return record < 0 ? List.of() : List.of(logLine(logs, record));
    }

    private static String logLine(LogStore logs, int i) {
        String t = logs.bootNs(i) == LogStore.NO_TIME ? "" : "[" + TimeFormat.seconds(logs.bootNs(i), 6) + "] ";
        return logs.line(i) + ": " + t + logs.text(i);
    }

    /** The event read from {@code line}: looked for near {@code time}, else by bisecting on lines. */
    static int eventAt(Trace trace, long line, long time) {
        int n = trace.size();
        if (n == 0) {
            return -1;
        }
        if (time != Long.MIN_VALUE && time != LogStore.NO_TIME) {
            int at = trace.firstAtOrAfter(time);
            for (int d = 0; d < SEARCH_WINDOW; d++) {
                int a = at + d;
                int b = at - d - 1;
                if (a < n && trace.line(a) == line) {
                    return a;
                }
                if (b >= 0 && trace.line(b) == line) {
                    return b;
                }
                if (a >= n && b < 0) {
                    break;
                }
            }
        }
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int l = trace.line(mid);
            if (l == line) {
                return mid;
            }
            if (l < line) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }
}
