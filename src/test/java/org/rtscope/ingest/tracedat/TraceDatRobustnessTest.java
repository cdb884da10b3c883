package org.rtscope.ingest.tracedat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/**
 * Damaged trace.dat files never throw: a truncated file keeps the events before the cut (on every CPU
 * a prefix of what the whole file has), a bad page or record is skipped with a warning naming its
 * offset, garbage after the magic gives an empty trace and a clear message, and cancelling stops early
 * with what was read.
 */
class TraceDatRobustnessTest {
    /** s1 as recorded: version 7, zstd; metadata sections up to offset 1020653, CPU 0 data 1024000–1078606, CPU 1 1081344–1134143. */
    private static byte[] v7;
    /** s1 converted to version 6: CPU 0 pages at 5455872 (93 pages), CPU 1 at 5836800. */
    private static byte[] v6;
    private static final int V6_CPU0 = 5455872;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        v7 = Files.readAllBytes(TestData.trace("s1_rttime_kill", "trace.dat"));
        try (InputStream in = new GZIPInputStream(
                TraceDatRobustnessTest.class.getResourceAsStream("/tracedat/s1_rttime_kill.v6.dat.gz"))) {
            v6 = in.readAllBytes();
        }
    }

    private Case.Source load(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "damaged", ".dat");
        Files.write(file, content);
        Case.Source source = CaseLoader.loadOne(file, ImportMonitor.NONE);
        assertEquals(SourceFormat.TRACE_DAT, source.report().format());
        assertNotNull(source.trace(), () -> "no trace: " + source.report().warnings());
        return source;
    }

    private static String messages(Case.Source source) {
        return source.report().warnings().stream().map(ImportWarning::message).toList().toString();
    }

    /** Events of {@code cpu} as "ts name tid" in order. */
    private static List<String> onCpu(Trace trace, int cpu) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.cpu(i) == cpu) {
                events.add(trace.ts(i) + " " + trace.eventName(i) + " " + trace.tid(i));
            }
        }
        return events;
    }

    private static void assertPrefixPerCpu(Trace whole, Trace cut) {
        for (int cpu = 0; cpu < 2; cpu++) {
            List<String> all = onCpu(whole, cpu);
            List<String> kept = onCpu(cut, cpu);
            assertTrue(kept.size() <= all.size());
            assertEquals(all.subList(0, kept.size()), kept, "CPU " + cpu + " keeps a prefix of its events");
        }
    }

    @ParameterizedTest(name = "cut at {0}")
    @ValueSource(ints = {12, 40, 3000, 500_000, 1_021_000, 1_030_000, 1_060_000, 1_090_000, 1_120_000, 1_134_150})
    void truncatedVersion7KeepsWhatPrecedesTheCut(int cut) throws IOException {
        Trace whole = load(v7).trace();
        Case.Source source = load(Arrays.copyOf(v7, cut));

        assertFalse(source.report().warnings().isEmpty(), "a cut file is reported");
        assertPrefixPerCpu(whole, source.trace());
        if (cut > 1_030_000) {
            assertTrue(source.trace().size() > 0, () -> "events before the cut are kept: " + messages(source));
        }
        if (cut < 1_081_344) {
            assertTrue(onCpu(source.trace(), 1).isEmpty(), "CPU 1 data lies after the cut");
        }
    }

    @ParameterizedTest(name = "cut at {0}")
    @ValueSource(ints = {100, 2_000_000, V6_CPU0 + 4096 * 20 + 1000, V6_CPU0 + 4096 * 93 + 4096 * 30 + 17})
    void truncatedVersion6KeepsWhatPrecedesTheCut(int cut) throws IOException {
        Trace whole = load(v6).trace();
        Case.Source source = load(Arrays.copyOf(v6, cut));

        assertFalse(source.report().warnings().isEmpty(), "a cut file is reported");
        assertPrefixPerCpu(whole, source.trace());
        if (cut > V6_CPU0) {
            assertTrue(onCpu(source.trace(), 0).size() > 20 * 50, () -> "pages before the cut are kept: " + messages(source));
            assertTrue(messages(source).contains("truncated"), messages(source));
        }
    }

    @Test
    void aPageWithAnImpossibleCommitIsSkippedAndNamed() throws IOException {
        byte[] damaged = v6.clone();
        int page = V6_CPU0 + 3 * 4096;
        ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN).putLong(page + 8, 0x7FFF);
        Trace whole = load(v6).trace();
        Case.Source source = load(damaged);

        assertTrue(messages(source).contains("CPU 0 page at offset " + page), messages(source));
        assertTrue(messages(source).contains("commit size 32767"), messages(source));
        int lost = onCpu(whole, 0).size() - onCpu(source.trace(), 0).size();
        assertTrue(lost > 0 && lost < 200, "only that page's events are missing: " + lost);
        assertEquals(onCpu(whole, 1), onCpu(source.trace(), 1));
    }

    @Test
    void aRecordRunningOffItsPageEndsThatPage() throws IOException {
        byte[] damaged = v6.clone();
        int page = V6_CPU0 + 5 * 4096;
        ByteBuffer b = ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(page + 16, 0);         // type_len 0: the length word follows
        b.putInt(page + 20, 0x7FFFFFF0); // ...and claims far more than the page holds
        Case.Source source = load(damaged);

        assertTrue(messages(source).contains("runs past the committed data"), messages(source));
        assertTrue(messages(source).contains("page at offset " + page), messages(source));
        assertTrue(source.trace().size() > 19_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3})
    void garbageAfterTheMagicGivesAnEmptyTraceAndAMessage(int seed) throws IOException {
        byte[] garbage = new byte[20_000];
        new Random(seed).nextBytes(garbage);
        System.arraycopy(InitialHeader.MAGIC, 0, garbage, 0, InitialHeader.MAGIC.length);
        Case.Source source = load(garbage);

        assertEquals(0, source.trace().size());
        assertTrue(messages(source).contains("not a readable trace.dat"), messages(source));
    }

    @Test
    void plausibleHeaderWithGarbageBehindItIsReported() throws IOException {
        for (byte[] header : List.of(Arrays.copyOf(v7, 37), Arrays.copyOf(v6, 18))) {
            byte[] content = Arrays.copyOf(header, 50_000);
            byte[] noise = new byte[content.length - header.length];
            new Random(7).nextBytes(noise);
            System.arraycopy(noise, 0, content, header.length, noise.length);
            Case.Source source = load(content);

            assertEquals(0, source.trace().size());
            assertFalse(source.report().warnings().isEmpty());
        }
    }

    /** Random byte flips anywhere in a small file: whatever happens, nothing throws. */
    @ParameterizedTest(name = "v{0} {1}")
    @CsvSource({"6, none", "7, none", "7, zstd", "7, zlib"})
    void randomDamageNeverThrows(int version, String compression) throws IOException {
        byte[] good = new SyntheticTrace(version, compression, ByteOrder.LITTLE_ENDIAN, 3000).writer.bytes();
        Random random = new Random(42);
        for (int round = 0; round < 100; round++) {
            byte[] damaged = good.clone();
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            }
            SourceReport report = new SourceReport("fuzz", SourceFormat.TRACE_DAT);
            Trace trace = new TraceDatImporter().read(new ByteArrayInputStream(damaged), damaged.length, report,
                    ImportMonitor.NONE);
            assertNotNull(trace);
        }
    }

    @Test
    void cancellingStopsEarlyWithWhatWasRead() throws IOException {
        Path s3 = TestData.trace("s3_timer_load", "trace.dat");
        ImportMonitor cancelAtFirstProgress = new ImportMonitor() {
            private boolean progressed;

            @Override
            public void progress(long done, long total) {
                progressed = true;
            }

            @Override
            public boolean isCancelled() {
                return progressed;
            }
        };
        SourceReport report = new SourceReport(s3.toString(), SourceFormat.TRACE_DAT);
        Trace trace = new TraceDatImporter().readFile(s3, report, cancelAtFirstProgress);

        assertTrue(report.cancelled());
        assertTrue(trace.size() > 0 && trace.size() < 51_974, "stopped early with events: " + trace.size());
    }

    @Test
    void cancellingWhileCopyingAStreamGivesAnEmptyTrace() throws IOException {
        SourceReport report = new SourceReport("stream", SourceFormat.TRACE_DAT);
        ImportMonitor cancelled = new ImportMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Trace trace = new TraceDatImporter().read(new ByteArrayInputStream(v7), v7.length, report, cancelled);
        assertTrue(report.cancelled());
        assertEquals(0, trace.size());
    }
}
