package org.rtscope.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.TestData;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;

class SilentAfterSignalDetectorTest {
    private static List<Hit> detect(String scenario) {
        Case aCase = new Case(List.of(CaseLoader.loadOne(TestData.trace(scenario, "ftrace_instance_trace.txt"),
                ImportMonitor.NONE)));
        return new SilentAfterSignalDetector().detect(new CaseView(aCase, AnalysisSettings.DEFAULTS),
                new DetectorParams(Map.of()));
    }

    @org.junit.jupiter.api.Test
    void s4ThreadSleepsForGood24MicrosecondsIntoItsSigalrmHandler() {
        List<Hit> hits = detect("s4_sigalrm_mutex_deadlock");
        assertEquals(1, hits.size(), hits.toString());
        Hit hit = hits.get(0);
        assertEquals(28831, hit.tid());
        assertEquals("SIGALRM", hit.values().get("signal"));
        assertEquals(1_374_206_728_000L, hit.start());
        assertEquals(1_374_206_752_000L, hit.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"s1_rttime_kill", "s2_rt_throttling", "s3_timer_load"})
    void handlersThatReturnAreNotReported(String scenario) {
        assertEquals(List.of(), detect(scenario));
    }
}
