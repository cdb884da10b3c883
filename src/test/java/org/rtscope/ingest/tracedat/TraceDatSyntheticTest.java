package org.rtscope.ingest.tracedat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Backtrace;
import org.rtscope.model.EventFields;
import org.rtscope.model.IrqFlags;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/**
 * Synthetic trace.dat files with known content in every variant the reader supports: versions 6 and
 * 7, no compression, zlib and zstd, little and big endian. They cover what the real recordings do not:
 * zlib (trace-cmd here only has zstd), big-endian machines, time extends, records with a length word,
 * non-native events, lost events and unknown event ids.
 */
class TraceDatSyntheticTest {

    @TempDir
    Path dir;

    static Stream<Arguments> variants() {
        List<Arguments> variants = new ArrayList<>();
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            variants.add(Arguments.of(6, "none", order));
            for (String compression : List.of("none", "zlib", "zstd")) {
                variants.add(Arguments.of(7, compression, order));
            }
        }
        return variants.stream();
    }

    private Trace read(TraceDatWriter writer, SourceReport report) throws IOException {
        Path file = dir.resolve("synthetic.dat");
        writer.write(file);
        return new TraceDatImporter().readFile(file, report, ImportMonitor.NONE);
    }

    private static List<String> lines(Trace trace) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            lines.add(trace.ts(i) + " " + trace.cpu(i) + " " + trace.tid(i) + " " + trace.eventName(i) + ": "
                    + EventFields.summary(trace, i));
        }
        return lines;
    }

    @ParameterizedTest(name = "v{0} {1} {2}")
    @MethodSource("variants")
    void everyVariantReadsTheSameEvents(int version, String compression, ByteOrder order) throws IOException {
        SyntheticTrace synthetic = new SyntheticTrace(version, compression, order, 3000);
        SourceReport report = new SourceReport("synthetic", SourceFormat.TRACE_DAT);
        Trace trace = read(synthetic.writer, report);

        assertTrue(report.warnings().isEmpty(), () -> report.warnings().toString());
        assertEquals(synthetic.expected(), lines(trace));
        assertEquals(2, trace.cpuCount());
        assertEquals(synthetic.stacks(), trace.stackCount());
        Backtrace stack = trace.stackAt(0);
        assertEquals(List.of("tick_nohz_handler", "helper_fn", "mod_fn", "", ""),
                stack.frames().stream().map(f -> f.function()).toList());
        assertEquals("mymod", stack.frames().get(2).module());
        assertEquals(0x1000L, stack.frames().get(3).address());
        assertEquals("sched_switch", trace.eventName(trace.stackEvent(0)));
        assertEquals("dnh12", IrqFlags.toString(trace.flags(trace.stackEvent(0))));
        assertEquals(TaskState.SLEEPING, trace.arg(trace.stackEvent(0), 3));
        assertEquals("worker", trace.tasks().get(100).comm());
        assertEquals(trace.size() + trace.stackCount(), report.lines(), "every record has an ordinal");
    }

    @Test
    void streamIsCopiedAndReadLikeAFile() throws IOException {
        SyntheticTrace synthetic = new SyntheticTrace(7, "zstd", ByteOrder.LITTLE_ENDIAN, 500);
        byte[] bytes = synthetic.writer.bytes();
        SourceReport report = new SourceReport("stream", SourceFormat.TRACE_DAT);
        Trace trace = new TraceDatImporter().read(new ByteArrayInputStream(bytes), bytes.length, report, ImportMonitor.NONE);
        assertEquals(synthetic.expected(), lines(trace));
    }

    @Test
    void lostEventsAreReportedWithCpuAndTime() throws IOException {
        SyntheticTrace synthetic = new SyntheticTrace(6, "none", ByteOrder.LITTLE_ENDIAN, 2000);
        synthetic.writer.lostBeforePage(2);
        SourceReport report = new SourceReport("lost", SourceFormat.TRACE_DAT);
        Trace trace = read(synthetic.writer, report);

        assertEquals(synthetic.expected(), lines(trace), "no event is lost by the reader itself");
        assertEquals(1, report.warnings().size(), () -> report.warnings().toString());
        String message = report.warnings().get(0).message();
        assertTrue(message.startsWith("CPU 0: the kernel lost 5 events before 5."), message);
        int line = (int) report.warnings().get(0).line();
        assertTrue(line > 1, "the warning names the ordinal of the first event after the loss");
    }

    @Test
    void ringBufferStatisticsWithLossesAreReported() throws IOException {
        SyntheticTrace synthetic = new SyntheticTrace(7, "zstd", ByteOrder.LITTLE_ENDIAN, 20);
        synthetic.writer.option(2, "CPU: 0\nentries: 10\noverrun: 0\ncommit overrun: 0\ndropped events: 0\n")
                .option(2, "CPU: 1\nentries: 10\noverrun: 12\ncommit overrun: 0\ndropped events: 3\n");
        SourceReport report = new SourceReport("stats", SourceFormat.TRACE_DAT);
        Trace trace = read(synthetic.writer, report);

        assertEquals(synthetic.expected(), lines(trace));
        assertEquals(List.of("CPU 1: the ring buffer lost 12 events to overruns, 3 dropped while recording "
                + "(kernel statistics); the trace has gaps"), report.warnings().stream().map(w -> w.message()).toList());
    }

    @Test
    void aClockThatIsNotNanosecondsIsReported() throws IOException {
        SyntheticTrace synthetic = new SyntheticTrace(6, "none", ByteOrder.LITTLE_ENDIAN, 20);
        synthetic.writer.option(4, "local global [x86-tsc]");
        SourceReport report = new SourceReport("clock", SourceFormat.TRACE_DAT);
        read(synthetic.writer, report);

        assertEquals(List.of("trace clock 'x86-tsc' does not count nanoseconds; its raw values are shown as ns"),
                report.warnings().stream().map(w -> w.message()).toList());
    }

    @Test
    void recordsOfAnUnknownEventAreSkippedWithTheirOrdinal() throws IOException {
        SyntheticTrace synthetic = new SyntheticTrace(7, "none", ByteOrder.LITTLE_ENDIAN, 20);
        synthetic.writer.event(1, 9_000_000_000L, synthetic.writer.record(16, 777, 0, 0, 5).array());
        SourceReport report = new SourceReport("unknown", SourceFormat.TRACE_DAT);
        Trace trace = read(synthetic.writer, report);

        assertEquals(synthetic.expected(), lines(trace));
        assertEquals(1, report.skipped());
        assertTrue(report.warnings().get(0).message().contains("unknown event type 777"),
                report.warnings().get(0).message());
        assertEquals(trace.size() + trace.stackCount() + 1, report.warnings().get(0).line());
    }

    @Test
    void fileWithoutDataGivesAnEmptyTraceAndAWarning() throws IOException {
        TraceDatWriter empty = new TraceDatWriter(7, "zlib", ByteOrder.LITTLE_ENDIAN, 2)
                .format("sched", SyntheticTrace.SCHED_SWITCH);
        SourceReport report = new SourceReport("empty", SourceFormat.TRACE_DAT);
        Trace trace = read(empty, report);
        assertEquals(0, trace.size());
        assertEquals(2, trace.cpuCount());
        assertNull(report.warnings().stream().filter(w -> w.message().contains("Exception")).findAny().orElse(null));
    }

    @Test
    void tracesAreIdenticalAcrossVariants() throws IOException {
        List<String> reference = null;
        for (Object[] v : variants().map(Arguments::get).toList()) {
            SyntheticTrace synthetic = new SyntheticTrace((Integer) v[0], (String) v[1], (ByteOrder) v[2], 700);
            Path file = Files.createTempFile(dir, "v", ".dat");
            synthetic.writer.write(file);
            List<String> lines = lines(new TraceDatImporter().readFile(file, new SourceReport("v", SourceFormat.TRACE_DAT),
                    ImportMonitor.NONE));
            if (reference == null) {
                reference = lines;
            }
            assertEquals(reference, lines, () -> "variant " + List.of(v));
        }
    }
}
