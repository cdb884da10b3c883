package org.rtscope.ingest.tracedat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/**
 * The binary reader and the text importer agree on every real recording: the trace.dat read directly
 * equals, event for event, the {@code trace-cmd report} text of the same file read by the text
 * importer. Each report form loses something, so each is compared where it is complete:
 * <ul>
 * <li>{@code -t} (plugins, what users have): everything, except that trace-cmd's sched_switch plugin
 *     has no letter for a preempted task and prints {@code R} where the kernel's format says
 *     {@code R+} (the reader keeps the kernel's meaning);</li>
 * <li>{@code -t -N} (the kernel's own print formats): everything except stacks, which that form prints
 *     through the kernel_stack format (8 fixed entries) instead of trace-cmd's stack printer;</li>
 * <li>{@code -t -l} (latency columns): the irq/preempt flags, except that libtraceevent prints
 *     {@code N} for need-resched alone where the kernel prints {@code n}.</li>
 * </ul>
 * The same comparisons run on a version 6 copy of a recording (committed) and, when trace-cmd is
 * installed, on version 6 and uncompressed version 7 conversions of all four.
 */
class TraceDatMatchesReportTest {

    @TempDir
    Path tempDir;

    static Stream<String> scenarios() {
        return Stream.of("s1_rttime_kill", "s2_rt_throttling", "s3_timer_load", "s4_sigalrm_mutex_deadlock");
    }

    static boolean traceCmdInstalled() {
        return ReportReference.traceCmdInstalled();
    }

    /** Plugin form: "R" stands where the binary has "R+". */
    private static boolean samePluginSummary(String expected, String actual) {
        return expected.equals(actual) || expected.equals(actual.replace(" prev_state=R+ ", " prev_state=R "));
    }

    /** Latency form: libtraceevent's "N" for need-resched without preempt-resched is the kernel's "n". */
    private static boolean sameLatencyFlags(String expected, String actual) {
        return expected.equals(actual) || (expected.length() == 5 && actual.length() == 5 && expected.charAt(1) == 'N'
                && actual.charAt(1) == 'n' && expected.charAt(0) == actual.charAt(0)
                && expected.substring(2).equals(actual.substring(2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void recordingEqualsItsReports(String scenario) throws IOException {
        assertMatchesReports(TestData.trace(scenario, "trace.dat"), scenario);
    }

    @Test
    void version6CopyEqualsTheReports() throws IOException {
        Path v6 = tempDir.resolve("s1_rttime_kill.v6.dat");
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/tracedat/s1_rttime_kill.v6.dat.gz"))) {
            Files.copy(in, v6);
        }
        assertEquals('6', Files.readAllBytes(v6)[10], "the committed copy is a version 6 file");
        assertMatchesReports(v6, "s1_rttime_kill");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @EnabledIf("traceCmdInstalled")
    void conversionsEqualTheReports(String scenario) throws IOException, InterruptedException {
        Path dat = TestData.trace(scenario, "trace.dat");
        for (List<String> options : List.of(List.of("--file-version", "6"), List.of("--compression", "none"))) {
            Path converted = tempDir.resolve(scenario + String.join("", options) + ".dat");
            List<String> command = new java.util.ArrayList<>(List.of("trace-cmd", "convert"));
            command.addAll(options);
            command.addAll(List.of("-i", dat.toString(), "-o", converted.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals(0, p.waitFor(), () -> String.join(" ", command));
            assertMatchesReports(converted, scenario);
        }
    }

    private void assertMatchesReports(Path dat, String scenario) throws IOException {
        Trace binary = readDat(dat);
        TraceDiff plugins = new TraceDiff().summaries(TraceDatMatchesReportTest::samePluginSummary)
                .compare(reference(dat, scenario, ReportReference.Form.PLUGINS), binary);
        assertTrue(plugins.same(), () -> "trace-cmd report -t: " + plugins);
        TraceDiff kernel = new TraceDiff().withoutStacks()
                .compare(reference(dat, scenario, ReportReference.Form.KERNEL_FORMATS), binary);
        assertTrue(kernel.same(), () -> "trace-cmd report -t -N: " + kernel);
        TraceDiff latency = new TraceDiff().onlyFlags(TraceDatMatchesReportTest::sameLatencyFlags)
                .compare(reference(dat, scenario, ReportReference.Form.LATENCY), binary);
        assertTrue(latency.same(), () -> "trace-cmd report -t -l: " + latency);
    }

    private static Trace readDat(Path file) {
        Case.Source source = CaseLoader.loadOne(file, ImportMonitor.NONE);
        assertEquals(SourceFormat.TRACE_DAT, source.report().format());
        assertNotNull(source.trace(), () -> "no trace: " + source.report().warnings());
        assertEquals(0, source.report().skipped(), () -> "skipped: " + source.report().warnings());
        assertTrue(source.report().warnings().isEmpty(), () -> "warnings: " + source.report().warnings());
        assertEquals(source.trace().size(), source.report().events());
        return source.trace();
    }

    private Trace reference(Path dat, String scenario, ReportReference.Form form) throws IOException {
        SourceReport report = ReportReference.newReport(scenario);
        Trace text = ReportReference.load(dat, scenario, form, tempDir, report);
        assertEquals(0, report.skipped(), () -> "the text importer skipped lines: " + report.warnings());
        return text;
    }
}
