package org.rtscope.analysis.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.CaseReport;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.analysis.derived.RtPeriods;
import org.rtscope.analysis.derived.ThrottleGaps;
import org.rtscope.analysis.derived.TimerFunctions;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.Trace;

/** The derived analyses the view shares are the ones each analysis would compute on its own, computed once. */
class CaseViewTest {
    private final Case s2 = CaseLoader.load(List.of(TestData.trace("s2_rt_throttling", "trace-cmd_report.txt")),
            ImportMonitor.NONE);
    private final Trace trace = s2.primary().trace();
    private final CaseView view = new CaseView(s2, AnalysisSettings.DEFAULTS);

    @Test
    void periodTimersAreTheRtPeriodTimerExpiriesComputedOnce() {
        List<Integer> timers = view.periodTimers(trace);
        assertFalse(timers.isEmpty());
        assertEquals(TimerFunctions.expiries(trace, TimerFunctions.RT_PERIOD_TIMER), timers);
        assertSame(timers, view.periodTimers(trace));
        assertEquals(RtPeriods.of(trace, 1, AnalysisSettings.DEFAULTS),
                RtPeriods.of(trace, 1, AnalysisSettings.DEFAULTS, timers));
    }

    @Test
    void theReportShadesExactlyTheGapsThePatternMatched() {
        List<ThrottleGaps.Gap> gaps = view.throttleGaps(trace);
        assertEquals(3, gaps.size(), gaps.toString());
        assertEquals(ThrottleGaps.of(trace, AnalysisSettings.DEFAULTS), gaps);
        assertSame(gaps, view.throttleGaps(trace));
        List<ThrottleWindow> shaded = CaseReport.run(s2).throttleWindows().stream()
                .filter(w -> ThrottleWindow.TRACE.equals(w.origin())).toList();
        assertEquals(gaps.stream().map(ThrottleGaps.Gap::window).toList(), shaded);
    }
}
