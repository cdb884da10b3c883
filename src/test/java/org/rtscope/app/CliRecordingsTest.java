package org.rtscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;

/** {@code analyze} and {@code bench load} on the real RT-throttling recording (sample-traces/s2_rt_throttling). */
class CliRecordingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String S2 = "s2_rt_throttling";
    private static final String REPORT = TestData.trace(S2, "trace-cmd_report.txt").toString();
    private static final String INSTANCE = TestData.trace(S2, "ftrace_instance_trace.txt").toString();

    private static JsonNode analyzeJson(String... files) throws IOException {
        String[] args = new String[files.length + 2];
        args[0] = "analyze";
        args[1] = "--json";
        System.arraycopy(files, 0, args, 2, files.length);
        CliOutput result = CliOutput.run(args);
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err(), "nothing on stderr for a clean load");
        return JSON.readTree(result.out());
    }

    private static JsonNode task(JsonNode json, int tid) {
        for (JsonNode task : json.get("tasks")) {
            if (task.get("tid").asInt() == tid) {
                return task;
            }
        }
        throw new AssertionError("no task " + tid);
    }

    @Test
    void traceCmdReportOfS2() throws IOException {
        JsonNode json = analyzeJson(REPORT);
        assertEquals("rtscope", json.get("tool").asText());
        JsonNode source = json.get("sources").get(0);
        assertEquals("trace-cmd", source.get("format").asText());
        assertEquals(26299, source.get("events").asLong());
        assertEquals(0, source.get("skipped").asLong());
        assertEquals(2, json.get("cpus").size());
        assertEquals(1242.326755, json.get("start").asDouble());

        JsonNode hog = task(json, 26988);
        assertEquals("rt_hog", hog.get("comm").asText());
        assertEquals("RT", hog.get("policy").asText());
        assertEquals(50, hog.get("rtPriority").asInt());
        assertEquals(26988, hog.get("pid").asInt());

        JsonNode cpu1 = json.get("cpus").get(1);
        assertEquals(1, cpu1.get("cpu").asInt());
        // 2.86 s of RT in the 5.66 s the recording spans
        assertEquals(0.505, cpu1.get("rtBusyFraction").asDouble(), 0.01);
        assertTrue(cpu1.get("timerInterrupts").asLong() > 0);
        assertEquals(0.0, json.get("cpus").get(0).get("rtBusyFraction").asDouble(), 0.001);

        // the three throttled windows of the ground truth (s2/README.md), ended by sched_rt_period_timer
        JsonNode windows = cpu1.get("throttleWindows");
        assertEquals(3, windows.size(), windows.toString());
        double[][] truth = {{1244.426573, 1244.473792}, {1245.422544, 1245.473801}, {1246.426561, 1246.473796}};
        for (int i = 0; i < 3; i++) {
            assertEquals(truth[i][0], windows.get(i).get("start").asDouble(), 0.001);
            assertEquals(truth[i][1], windows.get(i).get("end").asDouble(), 0.001);
            assertEquals("trace", windows.get(i).get("origin").asText());
        }
        assertEquals(0, json.get("cpus").get(0).get("throttleWindows").size());
        JsonNode finding = json.get("findings").get(0);
        assertEquals("RT_THROTTLE", finding.get("pattern").asText());
        assertEquals(3, finding.get("count").asInt());
    }

    @Test
    void rtTasksComeFirstHighestPriorityFirst() throws IOException {
        JsonNode tasks = analyzeJson(REPORT).get("tasks");
        assertEquals(99, tasks.get(0).get("rtPriority").asInt());
        int hogAt = -1;
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).get("tid").asInt() == 26988) {
                hogAt = i;
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            assertEquals(i <= hogAt, "RT".equals(tasks.get(i).get("policy").asText()), "task #" + i);
        }
        assertTrue(tasks.size() > 100, "all tasks are listed, not only RT ones");
    }

    @Test
    void ftraceInstanceTextOfS2() throws IOException {
        JsonNode json = analyzeJson(INSTANCE);
        JsonNode source = json.get("sources").get(0);
        assertEquals("ftrace", source.get("format").asText());
        assertEquals(25408, source.get("events").asLong());
        assertEquals(50, task(json, 26988).get("rtPriority").asInt());
    }

    @Test
    void bothRecordingsAsOneCaseDescribeCpusOnceFromTheLargerTrace() throws IOException {
        JsonNode json = analyzeJson(INSTANCE, REPORT);
        assertEquals(2, json.get("sources").size());
        assertEquals(2, json.get("cpus").size());
        long events = json.get("cpus").get(0).get("events").asLong() + json.get("cpus").get(1).get("events").asLong();
        assertEquals(26299, events, "the trace-cmd report has more events");
    }

    @Test
    void textSummaryOfS2() {
        CliOutput result = CliOutput.run("analyze", REPORT);
        assertEquals(0, result.exitCode(), result.err());
        String text = result.out();
        assertTrue(text.contains("trace-cmd, 26300 lines, 26299 events, 0 lines skipped"), text);
        assertTrue(text.contains("timer interrupts counted from local_timer_entry"), text);
        assertTrue(text.matches("(?s).*\\n +26988 +26988 +rt_hog +RT +50 +2\\.8\\d+\\n.*"), text);
        assertTrue(text.contains("1. [warning] RT throttling on CPU 1: rt_hog (26988) held off runnable 3×"), text);
        assertTrue(text.contains("pattern   RT_THROTTLE, confidence 0.85, 3 occurrences"), text);
        assertTrue(text.contains("when      1244.426573 s to 1246.473796 s"), text);
        assertTrue(text.contains("trace-cmd_report.txt:4694  rt_hog-26988 [001] 1244.426573: sched_switch:"), text);
    }

    @Test
    void failOnMeetsTheThrottlingWarningButNotError() {
        assertEquals(3, CliOutput.run("analyze", "--fail-on", "warning", REPORT).exitCode());
        assertEquals(0, CliOutput.run("analyze", "--fail-on", "error", REPORT).exitCode());
    }

    @Test
    void rtBandwidthSettingsOfTheTracedMachineChangeWhatIsThrottling() throws IOException {
        JsonNode unlimited = analyzeJson("--rt-runtime-us", "-1", REPORT);
        assertEquals(0, unlimited.get("cpus").get(1).get("throttleWindows").size(), "sched_rt_runtime_us=-1: no throttling");
        assertEquals(0, unlimited.get("findings").size());
        CliOutput bad = CliOutput.run("analyze", "--rt-period-us", "0", REPORT);
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("sched_rt_period must be positive"), bad.err());
    }

    @Test
    void rttimeKillOfS1InJson() throws IOException {
        JsonNode finding = analyzeJson(TestData.trace("s1_rttime_kill", "trace-cmd_report.txt").toString())
                .get("findings").get(0);
        assertEquals("RTTIME_KILL", finding.get("pattern").asText());
        assertEquals(1211.966607, finding.get("start").asDouble(), 1e-6);
        assertEquals(26542, finding.get("tasks").get(0).get("pid").asInt());
        assertTrue(finding.get("explanation").asText().contains("rttime_kill ran 501.7 ms at RT priority"),
                finding.get("explanation").asText());
        assertTrue(finding.get("remedies").size() >= 3);
    }

    @Test
    void aMissingFileNextToAGoodOneStillReportsTheGoodOne() throws IOException {
        CliOutput result = CliOutput.run("analyze", "--json", REPORT, "no-such-dmesg.txt");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("no-such-dmesg.txt"), result.err());
        JsonNode json = JSON.readTree(result.out());
        assertEquals(26299, json.get("sources").get(0).get("events").asLong());
        assertEquals(2, json.get("cpus").size());
    }

    @Test
    void benchLoadPrintsOneJsonLineWithTheFigures() throws IOException {
        CliOutput result = CliOutput.run("bench", "load", "--repeat", "2", INSTANCE);
        assertEquals(0, result.exitCode(), result.err());
        String line = result.out().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        JsonNode json = JSON.readTree(line);
        assertEquals(Files.size(TestData.trace(S2, "ftrace_instance_trace.txt")), json.get("bytes").asLong());
        assertEquals(25408, json.get("events").asLong());
        double seconds = json.get("seconds").asDouble();
        assertTrue(seconds > 0, line);
        assertEquals(25408 / seconds, json.get("eventsPerSecond").asDouble(), 1e-6 * 25408 / seconds);
        double mbPerSecond = json.get("bytes").asLong() / 1e6 / seconds;
        assertEquals(mbPerSecond, json.get("mbPerSecond").asDouble(), 1e-9 * mbPerSecond);
        assertTrue(json.get("modelBytesPerEvent").asDouble() > 20, line);
        assertTrue(json.has("retainedBytesPerEvent"), line);
    }
}
