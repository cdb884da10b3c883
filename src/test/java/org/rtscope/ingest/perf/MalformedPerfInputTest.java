package org.rtscope.ingest.perf;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.EventKind;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/** Bad perf input never throws: what is readable is kept, the rest is counted with its line number. */
class MalformedPerfInputTest {
    private static final String EVENT = "rttime_kill 26542 [001]  1211.932369: signal:signal_generate: sig=9 errno=0 "
            + "code=128 comm=rttime_kill pid=26542 grp=1 res=0\n";
    private static final String FRAMES = "\tffffffff81369519 __traceiter_signal_generate+0x49 ([kernel.kallsyms])\n"
            + "\tffffffff8136bc19 __send_signal_locked+0x229 ([kernel.kallsyms])\n";
    private static final String NEXT = "rttime_kill 26542 [001]  1211.932409:  signal:signal_deliver: sig=9 errno=0 "
            + "code=0 sa_handler=0 sa_flags=0\n";
    private static final String ROW = "    1820.499318 [0000]  migration/0[18]                     0.000      0.020"
            + "      0.040    smpboot_thread_fn <- kthread\n";

    @TempDir
    Path dir;

    private Case.Source load(byte[] content) throws IOException {
        Path file = dir.resolve("input.txt");
        Files.write(file, content);
        return CaseLoader.loadOne(file, ImportMonitor.NONE);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fileCutInsideACallchainKeepsTheFramesRead() throws IOException {
        String cut = EVENT + FRAMES + "\tffffffff8142d8f3 posix_cpu_tim";
        Case.Source source = load(utf8(cut));
        Trace trace = source.trace();
        assertEquals(1, trace.size());
        assertEquals(3, trace.stack(0).frames().size());
        assertEquals("posix_cpu_tim", trace.stack(0).frames().get(2).function());
    }

    @Test
    void eventLineCutInTheMiddleIsSkippedWithItsNumber() throws IOException {
        String cut = "rttime_kill 26542 [001]  1211.932409:  signal:signal_deliv";
        Case.Source source = load(utf8(EVENT + FRAMES + "\n" + cut + "\n" + FRAMES + "\n" + NEXT));
        assertEquals(2, source.trace().size());
        assertEquals(1, source.report().skipped());
        assertEquals(5, source.report().warnings().get(0).line());
        assertEquals(2, source.trace().stack(0).frames().size());
    }

    @Test
    void truncatedTracepointBodyIsSkippedWithItsFrames() throws IOException {
        String bad = "rttime_kill 26542 [001]  1211.932400: signal:signal_generate: sig=9 err\n";
        Case.Source source = load(utf8(EVENT + FRAMES + "\n" + bad + FRAMES + "\n" + NEXT));
        assertEquals(2, source.trace().size());
        assertEquals(1, source.report().skipped());
        assertEquals(5, source.report().warnings().get(0).line());
        assertTrue(source.report().warnings().get(0).message().contains("signal_generate"));
    }

    @Test
    void garbageBytesBetweenEventsAreSkippedAndTheRestKept() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == '\n' || garbage[i] == '\t' || garbage[i] == ' ') {
                garbage[i] = 'x';
            }
        }
        Case.Source source = load(concat(utf8(EVENT + FRAMES + "\n"), garbage, utf8("\n" + NEXT)));
        assertEquals(SourceFormat.PERF_SCRIPT, source.report().format());
        assertEquals(2, source.trace().size());
        assertEquals(1, source.report().skipped());
        assertEquals(5, source.report().warnings().get(0).line());
    }

    @Test
    void binaryFileIsRejectedWithAMessage() throws IOException {
        byte[] binary = new byte[100_000];
        new Random(7).nextBytes(binary);
        Case.Source source = load(binary);
        assertNull(source.trace());
        assertTrue(source.report().warnings().get(0).message().contains("perf-script"));
    }

    @Test
    void binaryJunkGivenDirectlyToTheImporterIsCountedNotThrown() throws IOException {
        byte[] binary = new byte[1 << 20];
        new Random(11).nextBytes(binary);
        SourceReport report = new SourceReport("junk", SourceFormat.PERF_SCRIPT);
        Trace trace = new PerfScriptImporter().read(new ByteArrayInputStream(binary), binary.length, report,
                ImportMonitor.NONE);
        assertEquals(0, trace.size());
        assertTrue(report.skipped() > 0);
        assertEquals(SourceReport.MAX_WARNINGS, report.warnings().size());
        SourceReport timehist = new SourceReport("junk", SourceFormat.PERF_TIMEHIST);
        assertEquals(0, new TimehistImporter().read(new ByteArrayInputStream(binary), binary.length, timehist,
                ImportMonitor.NONE).size());
        assertTrue(timehist.skipped() > 0);
    }

    @Test
    void lineOverOneMegabyteIsSkippedAndTheRestRead() throws IOException {
        byte[] huge = new byte[(1 << 20) + 10];
        Arrays.fill(huge, (byte) 'x');
        Case.Source source = load(concat(utf8(EVENT + FRAMES + "\n"), huge, utf8("\n" + NEXT)));
        assertEquals(2, source.trace().size());
        assertEquals(1, source.report().skipped());
        assertEquals(5, source.report().warnings().get(0).line());
    }

    @Test
    void nonUtf8BytesInCommsAndSymbolsAreKept() throws IOException {
        byte[] latin1 = "caf\u00e9 4242 [000]  1.000000: signal:signal_deliver: sig=9 errno=0 code=0 sa_handler=0 sa_flags=0\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] frame = "\t7f00 \u00fcber+0x1 (/lib/x.so)\n".getBytes(StandardCharsets.ISO_8859_1);
        Case.Source source = load(concat(utf8(EVENT + FRAMES + "\n"), latin1, frame));
        Trace trace = source.trace();
        assertEquals(2, trace.size());
        assertEquals(0, source.report().skipped());
        assertEquals(EventKind.SIGNAL_DELIVER, trace.kind(0)); // at 1.0 s, before the SIGKILL
        assertNotNull(trace.tasks().get(4242));
        assertEquals(1, trace.stack(0).frames().size());
    }

    @Test
    void timehistWithByteOrderMarkAndCrlfReadsItsRows() throws IOException {
        String text = "\uFEFF           time    cpu  task name                       wait time  sch delay   run time\r\n"
                + ROW.replace("\n", "\r\n");
        Case.Source source = load(utf8(text));
        assertEquals(SourceFormat.PERF_TIMEHIST, source.report().format());
        assertEquals(0, source.report().skipped());
        assertEquals("migration/0", source.trace().tasks().get(18).comm());
    }

    @Test
    void emptyFileGetsAMessage() throws IOException {
        Case.Source source = load(new byte[0]);
        assertNull(source.trace());
        assertEquals("file is empty", source.report().warnings().get(0).message());
    }

    @Test
    void emptyStreamGivesAnEmptyTrace() throws IOException {
        SourceReport report = new SourceReport("empty", SourceFormat.PERF_SCRIPT);
        assertEquals(0, new PerfScriptImporter().read(new ByteArrayInputStream(new byte[0]), 0, report,
                ImportMonitor.NONE).size());
        assertEquals(0, report.skipped());
    }

    @Test
    void framesWithoutAnEventAreReportedOncePerBlock() throws IOException {
        Case.Source source = load(utf8(FRAMES.replace("\t", "        ") + EVENT + FRAMES));
        assertEquals(1, source.trace().size());
        assertEquals(1, source.report().skipped());
        assertEquals(1, source.report().warnings().get(0).line());
    }

    @Test
    void timehistRowCutInTheMiddleIsSkippedWithItsNumber() throws IOException {
        String header = "           time    cpu  task name                       wait time  sch delay   run time\n";
        String cut = "    1820.499468 [0000]  <idle>                              0.000      0.0";
        String idle = "    1820.499468 [0000]  <idle>                              0.000      0.000      0.150\n";
        Case.Source source = load(utf8(header + ROW + cut + "\n" + idle));
        assertEquals(SourceFormat.PERF_TIMEHIST, source.report().format());
        assertEquals(1, source.report().skipped());
        assertEquals(3, source.report().warnings().get(0).line());
        // the first row's switch-in (from an unknown task, shown as idle), its figures and switch-out to the
        // idle task of the next row, and the idle row's figures (nothing is known to run after it)
        assertEquals(4, source.trace().size());
        assertEquals(18, source.trace().slices(0).tid(1));
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
