package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.TestData;
import org.rtscope.analysis.detect.Detectors;
import org.rtscope.analysis.pattern.PatternLibrary;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.Sniffer;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;

/**
 * Golden files of the pattern engine, end to end: each case (one or several files of a recording or seed
 * story) is loaded with the real importers and its findings and throttle windows are compared with
 * {@code <name>.findings.json} beside the inputs — pattern, severity, confidence, count, time range, CPUs,
 * tasks, evidence lines, cause. A case whose input format has no importer yet is skipped, naming the format.
 * Run with {@code -Drtscope.updateGolden=true} to (re)write the files after a deliberate change, then review
 * the diff.
 */
class GoldenFindingsTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final PatternLibrary BUILT_IN = PatternLibrary.builtInOnly(Detectors.byName());

    static Stream<Arguments> cases() {
        return Stream.of(
                golden("s1_rttime_kill", "trace-cmd_report", "trace-cmd_report.txt"),
                golden("s1_rttime_kill", "ftrace_instance_trace", "ftrace_instance_trace.txt"),
                golden("s1_rttime_kill", "trace_dat", "trace.dat"),
                golden("s1_rttime_kill", "perf_script", "perf_script.txt"),
                golden("s1_rttime_kill", "all", "trace-cmd_report.txt", "ftrace_instance_trace.txt", "perf_script.txt"),
                golden("s2_rt_throttling", "trace-cmd_report", "trace-cmd_report.txt"),
                golden("s2_rt_throttling", "ftrace_instance_trace", "ftrace_instance_trace.txt"),
                golden("s2_rt_throttling", "trace_dat", "trace.dat"),
                golden("s2_rt_throttling", "trace_and_dmesg", "trace-cmd_report.txt", "dmesg_new_lines.txt"),
                golden("s3_timer_load", "trace-cmd_report", "trace-cmd_report.txt"),
                golden("s3_timer_load", "ftrace_instance_trace", "ftrace_instance_trace.txt"),
                golden("s3_timer_load", "trace_dat", "trace.dat"),
                golden("s4_sigalrm_mutex_deadlock", "ftrace_instance_trace", "ftrace_instance_trace.txt"),
                golden("s4_sigalrm_mutex_deadlock", "trace_dat", "trace.dat"),
                golden("s4_sigalrm_mutex_deadlock", "gdb_attach_bt", "gdb_attach_bt.txt"),
                golden("s4_sigalrm_mutex_deadlock", "gdb_core_bt_full", "gdb_core_bt_full.txt"),
                golden("s4_sigalrm_mutex_deadlock", "trace_and_gdb", "ftrace_instance_trace.txt", "gdb_attach_bt.txt"),
                golden("seed1_pulseaudio_rttime", "perf_and_syslog", "perf_script.txt", "syslog"),
                golden("seed2_preempt_rt_sched_atomic", "dmesg", "dmesg.txt"),
                golden("seed3_rt_hog_rcu_stall", "dmesg_and_crash", "dmesg_T.txt", "crash_bt.txt"),
                golden("seed4_xcall_soft_lockup", "kern_log", "kern.log"),
                golden("seed5_sigalrm_deadlock", "gdb_bt", "gdb_bt.txt"));
    }

    private static Arguments golden(String folder, String name, String... inputs) {
        return Arguments.of(folder, name, List.of(inputs));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("cases")
    void findingsAsRecorded(String folder, String name, List<String> inputs) throws IOException {
        Path dir = TestData.traces().resolve(folder);
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            Path path = dir.resolve(input);
            SourceFormat format = Sniffer.sniff(path);
            Assumptions.assumeTrue(CaseLoader.importerFor(format) != null,
                    input + ": no importer for " + format.id() + " in this build yet");
            paths.add(path);
        }
        Case loaded = CaseLoader.load(paths, ImportMonitor.NONE);
        String actual = render(inputs, CaseReport.run(loaded, AnalysisSettings.DEFAULTS, BUILT_IN));
        Path golden = dir.resolve(name + ".findings.json");
        if (Boolean.getBoolean("rtscope.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), golden + " is missing; run with -Drtscope.updateGolden=true and review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    /** The reviewed part of a report: no explanations or remedies (they are checked once, in the specs). */
    static String render(List<String> inputs, CaseReport report) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode in = root.putArray("inputs");
        inputs.forEach(in::add);
        ArrayNode windows = root.putArray("throttleWindows");
        for (ThrottleWindow w : report.throttleWindows()) {
            windows.addObject().put("cpu", w.cpu()).put("start", seconds(w.start())).put("end", seconds(w.end()))
                    .put("origin", w.origin());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode o = findings.addObject();
            o.put("pattern", f.pattern());
            o.put("title", f.title());
            o.put("severity", f.severity().id());
            o.put("confidence", f.confidence());
            o.put("count", f.count());
            putTime(o, "start", f.start());
            putTime(o, "end", f.end());
            ArrayNode cpus = o.putArray("cpus");
            f.cpus().forEach(cpus::add);
            ArrayNode tasks = o.putArray("tasks");
            for (Finding.TaskRef t : f.tasks()) {
                tasks.addObject().put("pid", t.pid()).put("tid", t.tid()).put("comm", t.comm());
            }
            if (f.cause() != null) {
                o.put("cause", f.cause());
            }
            ArrayNode evidence = o.putArray("evidence");
            for (Finding.Evidence e : f.evidence()) {
                ObjectNode item = evidence.addObject();
                item.put("source", Path.of(e.source()).getFileName().toString());
                item.put("line", e.line());
                putTime(item, "time", e.time());
                item.put("text", e.text());
            }
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void putTime(ObjectNode o, String field, long nanos) {
        if (nanos == Finding.NO_TIME) {
            o.putNull(field);
        } else {
            o.put(field, seconds(nanos));
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
