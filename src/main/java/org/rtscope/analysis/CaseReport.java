package org.rtscope.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.rtscope.analysis.detect.Detectors;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.PatternDef;
import org.rtscope.analysis.pattern.PatternEngine;
import org.rtscope.analysis.pattern.PatternLibrary;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;
import org.rtscope.model.Trace;

/**
 * What the pattern engine says about a case: the findings (most severe first) and the RT throttling
 * windows to shade on the timeline. This is the one entry point the window's load task and the CLI call;
 * it never runs on the FX thread and never throws on what the sources contain.
 *
 * @param findings        in {@link PatternEngine#REPORT_ORDER}
 * @param throttleWindows windows of the primary trace (origin {@code trace}), plus one per
 *                        {@code sched: RT throttling activated} log line that no trace window explains
 *                        (origin {@code log}; its CPU is -1 unless the log named it)
 * @param messages        problems worth telling the user that did not stop the analysis (a user pattern
 *                        file that was skipped, and why)
 */
public record CaseReport(List<Finding> findings, List<ThrottleWindow> throttleWindows, List<String> messages) {
    /** A log line this close to a trace window is that window's message, not another window. */
    static final long LOG_MATCH_SLACK = 250_000_000L;
    private static final Pattern THROTTLING_LINE = Pattern.compile("\\bRT throttling activated\\b");

    public CaseReport {
        findings = List.copyOf(findings);
        throttleWindows = List.copyOf(throttleWindows);
        messages = List.copyOf(messages);
    }

    /** Runs the built-in and user patterns with the kernel's default RT bandwidth settings. */
    public static CaseReport run(Case aCase) {
        return run(aCase, AnalysisSettings.DEFAULTS);
    }

    /** Runs the built-in and the user's patterns ({@code ~/.config/rtscope/patterns}). */
    public static CaseReport run(Case aCase, AnalysisSettings settings) {
        return run(aCase, settings, PatternLibrary.load(Detectors.byName()));
    }

    /** Runs the patterns of {@code library}. */
    public static CaseReport run(Case aCase, AnalysisSettings settings, PatternLibrary library) {
        return run(aCase, settings, library.patterns(), library.messages());
    }

    static CaseReport run(Case aCase, AnalysisSettings settings, List<PatternDef> patterns, List<String> messages) {
        CaseView view = new CaseView(aCase, settings);
        List<Finding> findings = PatternEngine.run(patterns, view);
        return new CaseReport(findings, throttleWindows(view), messages);
    }

    /**
     * The windows of the primary trace (the ones the throttling pattern matched, computed once) plus log
     * windows no trace window accounts for, in time order.
     */
    static List<ThrottleWindow> throttleWindows(CaseView view) {
        Case aCase = view.aCase();
        AnalysisSettings settings = view.settings();
        List<ThrottleWindow> windows = new ArrayList<>();
        Case.Source primary = aCase.primary();
        Trace trace = primary == null ? null : primary.trace();
        if (trace != null && !trace.isEmpty()) {
            view.throttleGaps(trace).forEach(gap -> windows.add(gap.window()));
        }
        List<ThrottleWindow> fromTrace = List.copyOf(windows);
        for (Case.Source source : aCase.sources()) {
            LogStore logs = source.logs();
            if (logs == null) {
                continue;
            }
            for (int i = 0; i < logs.size(); i++) {
                long t = logs.bootNs(i);
                if (t == LogStore.NO_TIME || !THROTTLING_LINE.matcher(logs.text(i)).find()) {
                    continue;
                }
                boolean explained = fromTrace.stream().anyMatch(w -> Math.abs(w.start() - t) <= LOG_MATCH_SLACK);
                if (!explained) {
                    windows.add(new ThrottleWindow(logs.cpu(i), t, t + settings.throttledNanos(), ThrottleWindow.LOG));
                }
            }
        }
        windows.sort(Comparator.comparingLong(ThrottleWindow::start).thenComparingInt(ThrottleWindow::cpu));
        return windows;
    }
}
