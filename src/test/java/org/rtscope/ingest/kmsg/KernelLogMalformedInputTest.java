package org.rtscope.ingest.kmsg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.SourceImporter;
import org.rtscope.model.Case;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;

/**
 * Bad input never throws out of the kernel-log importers: what is readable is kept, the rest is
 * reported with its line number. Covers binary garbage, truncation (mid-line, mid-report, mid-JSON
 * object, mid-binary field), a line over 1 MB, non-UTF-8 bytes, an empty file, cancellation and
 * progress.
 */
class KernelLogMalformedInputTest {
    private static final String DMESG = "[ 1244.392351] sched: RT throttling activated\n"
            + "[ 1244.392400] watchdog: BUG: soft lockup - CPU#1 stuck for 22s! [rt_hog:26542]\n"
            + "[ 1244.392410] CPU: 1 PID: 26542 Comm: rt_hog Not tainted 6.18.44 #1\n"
            + "[ 1244.392420] Call Trace:\n"
            + "[ 1244.392430]  <IRQ>\n"
            + "[ 1244.392440]  ? watchdog_timer_fn+0x1b8/0x220\n"
            + "[ 1244.392450]  </IRQ>\n"
            + "[ 1244.392460]  <TASK>\n"
            + "[ 1244.392470]  rt_loop+0x24/0x40 [rt_hog]\n"
            + "[ 1244.392480]  </TASK>\n";
    private static final String JSON = "{\"__REALTIME_TIMESTAMP\":\"1615648981592206\",\"__MONOTONIC_TIMESTAMP\":\"4178059\","
            + "\"_BOOT_ID\":\"68f2e61d061247d8a8ba0b8d53a97a52\",\"_TRANSPORT\":\"kernel\",\"PRIORITY\":\"4\","
            + "\"SYSLOG_IDENTIFIER\":\"kernel\",\"MESSAGE\":\"sched: RT throttling activated\"}\n";

    @TempDir
    Path dir;

    private Case.Source load(byte[] content) throws IOException {
        Path file = dir.resolve("input.log");
        Files.write(file, content);
        return CaseLoader.loadOne(file, ImportMonitor.NONE);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] garbage(int n, long seed) {
        byte[] g = new byte[n];
        new Random(seed).nextBytes(g);
        for (int i = 0; i < n; i++) {
            if (g[i] == '\n') {
                g[i] = 0;
            }
        }
        g[0] = 0;
        return g;
    }

    @Test
    void binaryFileIsNotTakenForALog() throws IOException {
        byte[] binary = new byte[100_000];
        new Random(7).nextBytes(binary);
        Case.Source source = load(binary);
        assertEquals(SourceFormat.UNKNOWN, source.report().format());
        assertTrue(source.report().warnings().get(0).message().contains("not a supported format"));
    }

    @Test
    void binaryGarbageInsideADmesgIsSkippedWithItsLine() throws IOException {
        int second = DMESG.indexOf('\n') + 1;
        Case.Source source = load(concat(utf8(DMESG.substring(0, second)), garbage(4096, 1),
                utf8("\n" + DMESG.substring(second))));
        assertEquals(SourceFormat.DMESG, source.report().format());
        assertEquals(DMESG.split("\n").length, source.logs().size());
        assertEquals(1, source.report().skipped());
        ImportWarning w = source.report().warnings().get(0);
        assertEquals(2, w.line());
        assertTrue(w.message().startsWith("binary data"), w.message());
        assertEquals(1, source.stacks().size());
        assertEquals(2, source.stacks().get(0).backtrace().frames().size());
    }

    @Test
    void dmesgCutInTheMiddleOfAReportKeepsTheReportSoFar() throws IOException {
        String cut = DMESG.substring(0, DMESG.indexOf("</IRQ>") + 3);
        Case.Source source = load(utf8(cut));
        assertEquals(7, source.logs().size());
        assertEquals("[ 1244.392450]  </I", cut.substring(cut.lastIndexOf('\n') + 1));
        assertEquals(1, source.stacks().size());
        assertEquals("watchdog_timer_fn", source.stacks().get(0).backtrace().frames().get(0).function());
        assertEquals(0, source.report().skipped());
    }

    @Test
    void tenMegabyteLineIsSkippedAndTheRestRead() throws IOException {
        byte[] huge = new byte[10 << 20];
        Arrays.fill(huge, (byte) 'x');
        byte[] stamp = utf8("[ 1244.000000] ");
        System.arraycopy(stamp, 0, huge, 0, stamp.length);
        int second = DMESG.indexOf('\n') + 1;
        Case.Source source = load(concat(utf8(DMESG.substring(0, second)), huge, utf8("\n" + DMESG.substring(second))));
        assertEquals(DMESG.split("\n").length, source.logs().size());
        assertEquals(1, source.report().skipped());
        assertEquals(2, source.report().warnings().get(0).line());
        assertTrue(source.report().warnings().get(0).message().contains("too long"));
    }

    @Test
    void nonUtf8BytesAreKeptAndDecodedWithReplacement() throws IOException {
        byte[] latin1 = "[   12.000001] usb 1-1: Manufacturer: M\u00fcller GmbH\n".getBytes(StandardCharsets.ISO_8859_1);
        Case.Source source = load(concat(latin1, utf8(DMESG)));
        LogStore logs = source.logs();
        assertEquals(SourceFormat.DMESG, source.report().format());
        assertEquals("usb 1-1: Manufacturer: M\uFFFDller GmbH", logs.text(0));
        assertEquals(12_000_001_000L, logs.bootNs(0));
    }

    @Test
    void emptyFileGetsAMessage() throws IOException {
        Case.Source source = load(new byte[0]);
        assertNull(source.logs());
        assertEquals("file is empty", source.report().warnings().get(0).message());
    }

    @Test
    void syslogLineThatDoesNotParseIsSkippedWithItsNumber() throws IOException {
        String syslog = "Oct 24 22:43:47 host kernel: [ 1244.392351] sched: RT throttling activated\n"
                + "Oct 24 22:4\n"
                + "Oct 24 22:43:48 host systemd[1]: pulseaudio.service: Main process exited, code=killed, status=9/KILL\n";
        Case.Source source = load(utf8(syslog));
        assertEquals(SourceFormat.SYSLOG, source.report().format());
        assertEquals(2, source.logs().size());
        assertEquals(1, source.report().skipped());
        assertEquals(2, source.report().warnings().get(0).line());
        assertEquals("systemd", source.logs().ident(1));
        assertEquals(1, source.logs().pid(1));
    }

    @Test
    void jsonGarbageAndABadEntryAreSkippedTheOthersRead() throws IOException {
        String bad = "{\"MESSAGE\":\"unterminated\" \"PRIORITY\":\"3\"}\n";
        Case.Source source = load(concat(utf8(JSON), garbage(300, 3), utf8("\n" + bad + JSON)));
        assertEquals(SourceFormat.JOURNAL_JSON, source.report().format());
        assertEquals(2, source.logs().size());
        assertEquals(2, source.report().skipped());
        assertEquals(2, source.report().warnings().get(0).line());
        assertTrue(source.report().warnings().get(0).message().startsWith("not a JSON journal entry"));
        assertEquals(3, source.report().warnings().get(1).line());
        assertTrue(source.report().warnings().get(1).message().startsWith("bad JSON journal entry"));
        assertEquals(4, source.logs().line(1));
    }

    @Test
    void jsonCutOffInTheMiddleOfAnEntryKeepsTheEntriesBefore() throws IOException {
        Case.Source source = load(utf8(JSON + JSON.substring(0, 60)));
        assertEquals(1, source.logs().size());
        assertEquals(1, source.report().skipped());
        assertEquals(2, source.report().warnings().get(0).line());
        assertTrue(source.report().warnings().get(0).message().contains("cut off"));
    }

    @Test
    void exportWithAnImpossibleBinaryLengthDropsThatEntryOnly() throws IOException {
        byte[] bogusLength = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0};
        byte[] content = concat(utf8("__REALTIME_TIMESTAMP=1627721964791353\n_BOOT_ID=750d24b817364f5ebc286c0b32df2ad0\n"
                        + "MESSAGE=first\n\n__REALTIME_TIMESTAMP=1627721964791400\nMESSAGE\n"), bogusLength,
                utf8("garbage\nmore\n\n__REALTIME_TIMESTAMP=1627721964791500\nMESSAGE=third\n"));
        Case.Source source = load(content);
        assertEquals(SourceFormat.JOURNAL_JSON, source.report().format());
        assertEquals(2, source.logs().size());
        assertEquals("first", source.logs().text(0));
        assertEquals("third", source.logs().text(1));
        assertEquals(1, source.report().skipped());
        assertEquals(6, source.report().warnings().get(0).line());
    }

    @Test
    void exportCutInsideABinaryFieldKeepsTheEntriesBefore() throws IOException {
        byte[] length = {10, 0, 0, 0, 0, 0, 0, 0};
        byte[] content = concat(utf8("__REALTIME_TIMESTAMP=1627721964791353\nMESSAGE=first\n\nMESSAGE\n"), length,
                utf8("abc"));
        Case.Source source = load(content);
        assertEquals(1, source.logs().size());
        assertEquals(1, source.report().skipped());
        assertTrue(source.report().warnings().get(0).message().contains("cut off"));
    }

    @Test
    void everyImporterReturnsWhatItReadWhenCancelled() throws IOException {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            big.append(String.format("[%5d.%06d] line %d of a long log\n", i / 1000, i % 1000, i));
        }
        byte[] dmesg = utf8(big.toString());
        byte[] json = utf8(JSON.repeat(20_000));
        check(new KernelLogImporter(), dmesg, SourceFormat.DMESG, 200_000);
        check(new SyslogImporter(), utf8(("Oct 24 22:43:47 host kernel: [ 1244.392351] sched: RT throttling activated\n")
                .repeat(200_000)), SourceFormat.SYSLOG, 200_000);
        check(new JournalImporter(), json, SourceFormat.JOURNAL_JSON, 20_000);
    }

    private static void check(SourceImporter importer, byte[] content, SourceFormat format, int all) throws IOException {
        SourceReport report = new SourceReport("test", format);
        AtomicInteger polls = new AtomicInteger();
        ImportMonitor cancelSoon = new ImportMonitor() {
            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() > 1;
            }
        };
        Case.Source source = importer.read(new ByteArrayInputStream(content), content.length, report, cancelSoon);
        assertTrue(report.cancelled());
        assertTrue(source.logs().size() > 0 && source.logs().size() < all, "partial: " + source.logs().size());
    }

    @Test
    void progressIsReportedUpToTheSize() throws IOException {
        byte[] content = utf8(DMESG.repeat(2000));
        long[] last = {0};
        ImportMonitor monitor = new ImportMonitor() {
            @Override
            public void progress(long done, long total) {
                assertEquals(content.length, total);
                assertTrue(done >= last[0]);
                last[0] = done;
            }
        };
        for (SourceImporter importer : new SourceImporter[] {new KernelLogImporter(), new SyslogImporter()}) {
            last[0] = 0;
            importer.read(new ByteArrayInputStream(content), content.length, new SourceReport("t", SourceFormat.DMESG),
                    monitor);
            assertEquals(content.length, last[0]);
        }
    }
}
