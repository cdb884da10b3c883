package org.rtscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.Trace;

/** export-json and export-perfetto on a real recording: files that parse, with the recording's counts. */
class ExportCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path S1 = TestData.trace("s1_rttime_kill", "trace-cmd_report.txt");

    @TempDir
    Path dir;

    @Test
    void exportJsonWritesTheAnalyzeDocument() throws Exception {
        Path out = dir.resolve("analysis.json");
        CliOutput result = CliOutput.run("export-json", "--out", out.toString(), S1.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        JsonNode json = JSON.readTree(out.toFile());
        assertEquals("rtscope", json.get("tool").asText());
        assertEquals(2, json.get("cpus").size());
        assertEquals(CliOutput.run("analyze", "--json", S1.toString()).out(), Files.readString(out));
    }

    @Test
    void exportPerfettoHasOneTrackPerCpuEverySliceAndTheSignalsAndInterrupts() throws Exception {
        Path out = dir.resolve("s1.perfetto.json");
        CliOutput result = CliOutput.run("export-perfetto", "-o", out.toString(), S1.toString());
        assertEquals(0, result.exitCode(), result.err());
        JsonNode events = JSON.readTree(out.toFile()).get("traceEvents");

        Map<String, Integer> byPhase = new HashMap<>();
        Map<String, Integer> instantsByName = new HashMap<>();
        Map<Integer, String> trackNames = new HashMap<>();
        for (JsonNode event : events) {
            String phase = event.get("ph").asText();
            byPhase.merge(phase, 1, Integer::sum);
            if (phase.equals("i")) {
                instantsByName.merge(event.get("name").asText(), 1, Integer::sum);
            } else if (phase.equals("M") && event.get("name").asText().equals("process_name")) {
                trackNames.put(event.get("pid").asInt(), event.get("args").get("name").asText());
            } else if (phase.equals("X")) {
                assertEquals(event.get("pid").asInt(), event.get("tid").asInt());
                assertTrue(event.get("dur").asDouble() >= 0);
                assertFalse(event.get("name").asText().isEmpty());
            }
        }
        assertEquals(Map.of(0, "CPU 0", 1, "CPU 1"), trackNames);
        // trace-cmd_report.event_counts.txt of the recording
        assertEquals(Map.of("signal_generate", 53, "signal_deliver", 51, "irq_handler_entry", 777,
                "local_timer_entry", 1260), instantsByName);
        assertEquals(nonIdleSlices(), byPhase.get("X"));
        assertTrue(result.err().contains("2 CPU tracks"), result.err());
    }

    @Test
    void sliceTimesAreExactMicroseconds() throws Exception {
        Path out = dir.resolve("s1.json");
        CliOutput.run("export-perfetto", "--out", out.toString(), S1.toString());
        Trace trace = load();
        CpuSlices slices = trace.slices(1);
        int k = 0;
        while (slices.isIdle(k)) {
            k++;
        }
        for (JsonNode event : JSON.readTree(out.toFile()).get("traceEvents")) {
            if (event.get("ph").asText().equals("X") && event.get("pid").asInt() == 1) {
                assertEquals(slices.start(k) / 1000.0, event.get("ts").asDouble(), 1e-9 * slices.start(k));
                assertEquals(slices.tid(k), event.get("args").get("tid").asInt());
                String exact = String.format("\"ts\":%d.%03d,", slices.start(k) / 1000, slices.start(k) % 1000);
                assertTrue(Files.readString(out).contains(exact), "printed from integer nanoseconds: " + exact);
                return;
            }
        }
    }

    @Test
    void noTraceEventsWritesNothingAndExitsWithTwo() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a trace\n");
        Path out = dir.resolve("out.json");
        CliOutput result = CliOutput.run("export-perfetto", "--out", out.toString(), notes.toString());
        assertEquals(2, result.exitCode());
        assertFalse(Files.exists(out));
        assertTrue(result.err().contains("cannot use " + notes + ": not a supported format"), result.err());
    }

    @Test
    void outIsRequired() {
        CliOutput result = CliOutput.run("export-json", S1.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--out"), result.err());
    }

    private static Trace load() {
        return CaseLoader.load(List.of(S1), ImportMonitor.NONE).primary().trace();
    }

    private static int nonIdleSlices() {
        Trace trace = load();
        int n = 0;
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            CpuSlices slices = trace.slices(cpu);
            for (int k = 0; k < slices.size(); k++) {
                n += slices.isIdle(k) ? 0 : 1;
            }
        }
        return n;
    }
}
