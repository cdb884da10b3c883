package org.rtscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.CpuSummary;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.SchedPolicy;
import org.rtscope.analysis.Severity;
import org.rtscope.analysis.SourceSummary;
import org.rtscope.analysis.TaskSummary;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.analysis.TimerSource;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.SourceFormat;

class AnalysisJsonTest {

    private static JsonNode render(CaseAnalysis analysis) throws IOException {
        StringWriter out = new StringWriter();
        AnalysisJson.write(analysis, "1.2.3", out);
        return new ObjectMapper().readTree(out.toString());
    }

    private static CaseAnalysis throttleCase(List<Finding> findings) {
        return new CaseAnalysis(
                List.of(new SourceSummary("s2/trace-cmd_report.txt", SourceFormat.TRACE_CMD, 26300, 26299, 1,
                        List.of(new ImportWarning(17, "unknown event")), null)),
                "s2/trace-cmd_report.txt", 1_242_326_755_000L, 1_247_980_001_000L, TimerSource.LOCAL_TIMER_ENTRY,
                List.of(new CpuSummary(0, 100, 5_000_000_000L, 0, 1250),
                        new CpuSummary(1, 200, 5_000_000_000L, 2_500_000_000L, 1300)),
                List.of(new TaskSummary(26988, 26988, "rt_hog", SchedPolicy.RT, 50, 2_850_000_000L),
                        new TaskSummary(15, -1, "rcu_preempt", SchedPolicy.OTHER, null, 1_000_000L)),
                findings);
    }

    @Test
    void writesTheContractFieldsInOrder() throws IOException {
        JsonNode json = render(throttleCase(List.of()));
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("tool", "version", "sources", "start", "end", "cpus", "tasks", "findings"), fields);
        assertEquals("rtscope", json.get("tool").asText());
        assertEquals("1.2.3", json.get("version").asText());
        assertEquals(1242.326755, json.get("start").asDouble());
        assertEquals(1247.980001, json.get("end").asDouble());
        assertTrue(json.get("findings").isArray());
        assertEquals(0, json.get("findings").size());
    }

    @Test
    void writesSourcesWithFormatIdAndWarnings() throws IOException {
        JsonNode source = render(throttleCase(List.of())).get("sources").get(0);
        assertEquals("s2/trace-cmd_report.txt", source.get("path").asText());
        assertEquals("trace-cmd", source.get("format").asText());
        assertEquals(26300, source.get("lines").asLong());
        assertEquals(26299, source.get("events").asLong());
        assertEquals(1, source.get("skipped").asLong());
        assertEquals(17, source.get("warnings").get(0).get("line").asLong());
        assertEquals("unknown event", source.get("warnings").get(0).get("message").asText());
    }

    @Test
    void writesCpusAndTasksWithNullsForUnknowns() throws IOException {
        JsonNode json = render(throttleCase(List.of()));
        JsonNode cpu1 = json.get("cpus").get(1);
        assertEquals(1, cpu1.get("cpu").asInt());
        assertEquals(200, cpu1.get("events").asLong());
        assertEquals(0.5, cpu1.get("rtBusyFraction").asDouble());
        assertTrue(cpu1.get("throttleWindows").isArray());
        assertEquals(1300, cpu1.get("timerInterrupts").asLong());

        JsonNode hog = json.get("tasks").get(0);
        assertEquals(26988, hog.get("pid").asInt());
        assertEquals(26988, hog.get("tid").asInt());
        assertEquals("rt_hog", hog.get("comm").asText());
        assertEquals("RT", hog.get("policy").asText());
        assertEquals(50, hog.get("rtPriority").asInt());
        JsonNode rcu = json.get("tasks").get(1);
        assertTrue(rcu.get("pid").isNull());
        assertEquals("OTHER", rcu.get("policy").asText());
        assertTrue(rcu.get("rtPriority").isNull());
    }

    @Test
    void writesFindingsAsTheContractSays() throws IOException {
        Finding finding = new Finding("RT_THROTTLE", "RT throttling", Severity.ERROR, 0.95, 1_244_426_573_000L,
                1_244_473_792_000L, List.of(1), List.of(new Finding.TaskRef(26988, 26988, "rt_hog")),
                List.of(new Finding.Evidence("dmesg.txt", 1, 1_244_426_600_000L, "sched: RT throttling activated")),
                "The RT class used its 950 ms.", List.of("raise sched_rt_runtime_us", "fix the busy loop"));
        JsonNode json = render(throttleCase(List.of(finding))).get("findings").get(0);
        assertEquals("RT_THROTTLE", json.get("pattern").asText());
        assertEquals("error", json.get("severity").asText());
        assertEquals(0.95, json.get("confidence").asDouble());
        assertEquals(1244.426573, json.get("start").asDouble());
        assertEquals(1244.473792, json.get("end").asDouble());
        assertEquals(1, json.get("cpus").get(0).asInt());
        assertEquals("rt_hog", json.get("tasks").get(0).get("comm").asText());
        assertEquals(1244.4266, json.get("evidence").get(0).get("time").asDouble());
        assertEquals("dmesg.txt", json.get("evidence").get(0).get("source").asText());
        assertEquals(2, json.get("remedies").size());
    }

    @Test
    void writesThrottleWindowsPerCpuAndTheFindingsCountCauseAndReferences() throws IOException {
        Finding finding = new Finding("RT_THROTTLE", "RT throttling", Severity.WARNING, 0.85, 1_244_426_573_000L,
                1_246_473_796_000L, List.of(1), List.of(), List.of(), "e", List.of("r"), List.of("sched(7)"), 3,
                "a cause");
        CaseAnalysis base = throttleCase(List.of(finding));
        List<CpuSummary> cpus = List.of(base.cpus().get(0), new CpuSummary(1, 200, 5_000_000_000L, 2_500_000_000L, 1300,
                List.of(new ThrottleWindow(1, 1_244_426_573_000L, 1_244_473_792_000L, ThrottleWindow.TRACE),
                        new ThrottleWindow(1, 1_245_422_544_000L, 1_245_473_801_000L, ThrottleWindow.LOG))));
        JsonNode json = render(new CaseAnalysis(base.sources(), base.cpuSource(), base.start(), base.end(),
                base.timerSource(), cpus, base.tasks(), base.findings()));
        JsonNode windows = json.get("cpus").get(1).get("throttleWindows");
        assertEquals(2, windows.size());
        assertEquals(1244.426573, windows.get(0).get("start").asDouble());
        assertEquals(1244.473792, windows.get(0).get("end").asDouble());
        assertEquals("trace", windows.get(0).get("origin").asText());
        assertEquals("log", windows.get(1).get("origin").asText());
        JsonNode f = json.get("findings").get(0);
        List<String> fields = new ArrayList<>();
        f.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("pattern", "title", "severity", "confidence", "start", "end", "cpus", "tasks", "evidence",
                "explanation", "remedies", "count", "cause", "references"), fields, "the contract's fields first");
        assertEquals(3, f.get("count").asInt());
        assertEquals("a cause", f.get("cause").asText());
        assertEquals("sched(7)", f.get("references").get(0).asText());
    }

    @Test
    void unknownFindingAndEvidenceTimesAreNull() throws IOException {
        Finding finding = new Finding("RTTIME_KILL", "t", Severity.ERROR, 0.35, Finding.NO_TIME, Finding.NO_TIME,
                List.of(), List.of(), List.of(new Finding.Evidence("syslog", 14, Finding.NO_TIME, "status=9/KILL")), "e",
                List.of());
        JsonNode f = render(throttleCase(List.of(finding))).get("findings").get(0);
        assertTrue(f.get("start").isNull());
        assertTrue(f.get("end").isNull());
        assertTrue(f.get("evidence").get(0).get("time").isNull());
        assertTrue(f.get("cause").isNull());
        assertEquals(1, f.get("count").asInt());
    }

    @Test
    void aCaseWithoutEventsHasNullTimes() throws IOException {
        CaseAnalysis empty = new CaseAnalysis(
                List.of(new SourceSummary("gone.txt", SourceFormat.UNKNOWN, 0, 0, 0,
                        List.of(new ImportWarning(0, "file not found")), "file not found")),
                null, 0, 0, TimerSource.NONE, List.of(), List.of(), List.of());
        JsonNode json = render(empty);
        assertTrue(json.get("start").isNull());
        assertTrue(json.get("end").isNull());
        assertEquals("unknown", json.get("sources").get(0).get("format").asText());
        assertEquals("file not found", json.get("sources").get(0).get("warnings").get(0).get("message").asText());
    }
}
