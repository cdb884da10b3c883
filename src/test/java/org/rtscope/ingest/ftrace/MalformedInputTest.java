package org.rtscope.ingest.ftrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/** Bad input never throws: what is readable is kept, the rest is counted with line numbers. */
class MalformedInputTest {
    private static final String HEADER = "# tracer: nop\n#\n# entries-in-buffer/entries-written: 3/3   #P:2\n";
    private static final String GOOD_1 = "          <idle>-0       [001] d.h1.  1242.464060: irq_handler_entry: irq=36 name=virtio1-req.0\n";
    private static final String GOOD_2 = "          <idle>-0       [001] d.h1.  1242.464063: irq_handler_exit: irq=36 ret=handled\n";

    @TempDir
    Path dir;

    private Case.Source load(byte[] content) throws IOException {
        Path file = dir.resolve("input.txt");
        Files.write(file, content);
        return CaseLoader.loadOne(file, ImportMonitor.NONE);
    }

    @Test
    void truncatedLineIsSkippedWithItsNumber() throws IOException {
        String truncated = "            date-26983   [001] d..2.  1242.463964: sched_switch: prev_comm=date prev_pid=269";
        Case.Source source = load((HEADER + GOOD_1 + truncated + "\n" + GOOD_2).getBytes(StandardCharsets.UTF_8));
        assertEquals(2, source.trace().size());
        assertEquals(1, source.report().skipped());
        assertEquals(5, source.report().warnings().get(0).line());
        assertTrue(source.report().warnings().get(0).message().contains("sched_switch"));
    }

    @Test
    void fileCutInTheMiddleOfTheLastLineKeepsEverythingBefore() throws IOException {
        String cut = "          <idle>-0       [001] d.h1.  1242.46";
        Case.Source source = load((HEADER + GOOD_1 + GOOD_2 + cut).getBytes(StandardCharsets.UTF_8));
        assertEquals(2, source.trace().size());
        assertEquals(1, source.report().skipped());
        assertEquals(6, source.report().warnings().get(0).line());
    }

    @Test
    void garbageBytesBetweenGoodLinesAreSkipped() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == '\n') {
                garbage[i] = 0;
            }
        }
        byte[] head = (HEADER + GOOD_1).getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\n" + GOOD_2).getBytes(StandardCharsets.UTF_8);
        byte[] all = concat(head, garbage, tail);
        Case.Source source = load(all);
        assertEquals(SourceFormat.FTRACE, source.report().format());
        assertEquals(2, source.trace().size());
        assertEquals(1, source.report().skipped());
    }

    @Test
    void binaryFileIsRejectedWithAMessage() throws IOException {
        byte[] binary = new byte[100_000];
        new Random(7).nextBytes(binary);
        Case.Source source = load(binary);
        assertNull(source.trace());
        assertEquals(SourceFormat.UNKNOWN, source.report().format());
        assertTrue(source.report().warnings().get(0).message().contains("not a supported format"));
    }

    @Test
    void emptyFileGetsAMessage() throws IOException {
        Case.Source source = load(new byte[0]);
        assertNull(source.trace());
        assertEquals("file is empty", source.report().warnings().get(0).message());
    }

    @Test
    void missingFileGetsAMessage() {
        Case.Source source = CaseLoader.loadOne(dir.resolve("nope.txt"), ImportMonitor.NONE);
        assertNull(source.trace());
        assertEquals("file not found", source.report().warnings().get(0).message());
    }

    @Test
    void tenMegabyteLineIsSkippedAndTheRestRead() throws IOException {
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        byte[] all = concat((HEADER + GOOD_1).getBytes(StandardCharsets.UTF_8), huge,
                ("\n" + GOOD_2).getBytes(StandardCharsets.UTF_8));
        Case.Source source = load(all);
        assertEquals(2, source.trace().size());
        assertEquals(1, source.report().skipped());
        assertEquals(5, source.report().warnings().get(0).line());
        assertTrue(source.report().warnings().get(0).message().contains("too long"));
    }

    @Test
    void headerOnlyFileHasNoEventsAndSaysSo() throws IOException {
        Case.Source source = load(HEADER.getBytes(StandardCharsets.UTF_8));
        assertNotNull(source.trace());
        assertEquals(0, source.trace().size());
        assertEquals(2, source.trace().cpuCount());
    }

    @Test
    void stackFramesWithoutAnEventAreCounted() throws IOException {
        String orphan = " => __send_signal_locked\n";
        Case.Source source = load((HEADER + orphan + GOOD_1).getBytes(StandardCharsets.UTF_8));
        assertEquals(1, source.trace().size());
        assertEquals(1, source.report().skipped());
    }

    @Test
    void cancellationReturnsWhatWasReadAndSaysSo() throws IOException {
        Path file = TestData.trace("s3_timer_load", "trace-cmd_report.txt");
        SourceReport report = new SourceReport(file.toString(), SourceFormat.TRACE_CMD);
        AtomicInteger polls = new AtomicInteger();
        ImportMonitor cancelAfterFirstBlock = new ImportMonitor() {
            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() > 1;
            }
        };
        Trace trace = new FtraceImporter().read(Files.newInputStream(file), Files.size(file), report,
                cancelAfterFirstBlock);
        assertTrue(report.cancelled());
        assertTrue(trace.size() > 0 && trace.size() < 51_974, "partial trace of " + trace.size());
    }

    @Test
    void progressIsReportedUpToTheFileSize() throws IOException {
        Path file = TestData.trace("s3_timer_load", "trace-cmd_report.txt");
        long size = Files.size(file);
        long[] last = {0};
        ImportMonitor monitor = new ImportMonitor() {
            @Override
            public void progress(long done, long total) {
                assertEquals(size, total);
                assertTrue(done >= last[0]);
                last[0] = done;
            }
        };
        new FtraceImporter().read(new ByteArrayInputStream(Files.readAllBytes(file)), size,
                new SourceReport(file.toString(), SourceFormat.TRACE_CMD), monitor);
        assertEquals(size, last[0]);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
