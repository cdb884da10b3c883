package org.rtscope.ingest.ftrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.Trace;

/**
 * Whole-file import of every real recording: the number of events of each name must equal the
 * counts the recording tool computed ({@code *.event_counts.txt}, made with awk); there stack
 * records count as {@code <stack}/{@code kernel_stack} and must all be attached to events.
 */
class RecordingCountsTest {

    static Stream<Arguments> recordings() {
        return Stream.of("s1_rttime_kill", "s2_rt_throttling", "s3_timer_load", "s4_sigalrm_mutex_deadlock")
                .flatMap(s -> Stream.of(
                        Arguments.of(s, "trace-cmd_report.txt", SourceFormat.TRACE_CMD),
                        Arguments.of(s, "ftrace_instance_trace.txt", SourceFormat.FTRACE)));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("recordings")
    void eventCountsMatchTheRecording(String scenario, String file, SourceFormat format) throws IOException {
        Path path = TestData.trace(scenario, file);
        Case.Source source = CaseLoader.loadOne(path, ImportMonitor.NONE);
        assertEquals(format, source.report().format());
        assertEquals(0, source.report().skipped(), () -> "skipped lines: " + source.report().warnings());
        Trace trace = source.trace();
        assertNotNull(trace);

        Map<String, Long> expected = expectedCounts(path);
        Long stacks = expected.remove("<stack");
        Long kernelStacks = expected.remove("kernel_stack");
        Map<String, Long> actual = new TreeMap<>();
        for (int i = 0; i < trace.size(); i++) {
            actual.merge(trace.eventName(i), 1L, Long::sum);
        }
        assertEquals(expected, actual);
        long expectedStacks = (stacks == null ? 0 : stacks) + (kernelStacks == null ? 0 : kernelStacks);
        assertEquals(expectedStacks, trace.stackCount());
        for (int k = 0; k < trace.stackCount(); k++) {
            assertTrue(trace.stackAt(k).frames().size() > 0, "stack " + k + " has frames");
        }
        assertEquals(2, trace.cpuCount());
        assertEquals(trace.size(), source.report().events());
    }

    private static Map<String, Long> expectedCounts(Path trace) throws IOException {
        String name = trace.getFileName().toString().replace(".txt", ".event_counts.txt");
        Map<String, Long> counts = new TreeMap<>();
        for (String line : Files.readAllLines(trace.resolveSibling(name))) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                counts.put(parts[1].replaceAll(":$", ""), Long.parseLong(parts[0]));
            }
        }
        return counts;
    }
}
