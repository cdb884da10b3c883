package org.rtscope.ingest.backtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StackReport;

/** Bad crash and gdb input never throws: what is readable is kept, the rest is reported with its line. */
class MalformedInputTest {
    private static final String GDB_HEAD = "Thread 2 (Thread 0x7f01 (LWP 101)):\n#0  0x00007f0000001000 in read () "
            + "from /lib/libc.so.6\n#1  0x0000555555551000 in reader (fd=3) at io.c:12\n\n";
    private static final String GDB_TAIL = "\nThread 1 (Thread 0x7f00 (LWP 100)):\n#0  0x00007f0000002000 in wait4 () "
            + "from /lib/libc.so.6\n#1  0x0000555555552000 in main () at main.c:3\n";

    @TempDir
    Path dir;

    private Case.Source load(byte[]... parts) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.write(p);
        }
        return CaseLoader.loadOne(Files.write(dir.resolve("input"), all.toByteArray()), ImportMonitor.NONE);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void binaryGarbageBetweenThreadsIsSkippedWithItsLine() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(3).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == '\n' || garbage[i] == '\r' || garbage[i] == '#' || garbage[i] == ' '
                    || garbage[i] == '\t') {
                garbage[i] = 'x';
            }
        }
        Case.Source source = load(ascii(GDB_HEAD), garbage, ascii("\n" + GDB_TAIL));
        assertEquals(SourceFormat.GDB_BT, source.report().format());
        assertEquals(2, source.stacks().size());
        assertEquals(2, source.stacks().get(1).backtrace().frames().size());
        assertEquals(1, source.report().skipped());
        assertEquals(5, source.report().warnings().get(0).line());
        assertTrue(source.report().warnings().get(0).message().startsWith("not part of a gdb backtrace"));
    }

    @Test
    void binaryFileIsNotTakenForABacktrace() throws IOException {
        byte[] binary = new byte[100_000];
        new Random(7).nextBytes(binary);
        Case.Source source = load(binary);
        assertEquals(SourceFormat.UNKNOWN, source.report().format());
        assertTrue(source.report().warnings().get(0).message().contains("not a supported format"),
                source.report().warnings().toString());
    }

    @Test
    void frameCutByTheEndOfTheFileIsKept() throws IOException {
        Case.Source source = load(ascii(GDB_HEAD + "Thread 1 (Thread 0x7f00 (LWP 100)):\n"
                + "#0  0x00007f0000002000 in handler (sig=14, info=0x7ffd"));
        StackReport cut = source.stacks().get(1);
        assertEquals(1, cut.backtrace().frames().size());
        Frame frame = cut.backtrace().frames().get(0);
        assertEquals("handler", frame.function());
        assertEquals("sig=14, info=0x7ffd", frame.args());
    }

    @Test
    void crashTranscriptCutInAHeaderKeepsTheTasksBefore() throws IOException, URISyntaxException {
        byte[] all = Files.readAllBytes(Path.of(getClass().getResource("/golden/backtrace/crash-help-bt-03.txt").toURI()));
        Case.Source source = load(Arrays.copyOf(all, new String(all, StandardCharsets.US_ASCII).indexOf("khungtaskd")));
        assertEquals(SourceFormat.CRASH_BT, source.report().format());
        assertEquals(2, source.stacks().size());
        assertEquals(9, source.stacks().get(0).backtrace().frames().size());
        assertEquals(38, source.stacks().get(1).pid());
    }

    /**
     * Lines over {@link org.rtscope.ingest.LineScanner#MAX_LINE}: the scanner drops those that do not fit
     * its read block ("too long"); one that arrived within a block reaches the parser, which skips it.
     * Either way the line is named and the threads after it are read.
     */
    @ParameterizedTest
    @ValueSource(ints = {2 << 20, 6 << 20})
    void lineOverOneMegabyteIsSkippedAndTheRestRead(int length) throws IOException {
        byte[] huge = new byte[length];
        Arrays.fill(huge, (byte) 'y');
        Case.Source source = load(ascii(GDB_HEAD), huge, ascii("\n" + GDB_TAIL));
        assertEquals(2, source.stacks().size());
        assertEquals(2, source.stacks().get(1).backtrace().frames().size());
        assertEquals(1, source.report().skipped());
        ImportWarning warning = source.report().warnings().get(0);
        assertEquals(5, warning.line());
        assertTrue(warning.message().contains("too long") || warning.message().startsWith("not part of"),
                warning.message());
    }

    @Test
    void bytesThatAreNotUtf8DoNotStopTheImport() throws IOException {
        byte[] latin1 = ascii("Thread 1 (Thread 0x7f00 (LWP 100) \"caf\u00e9\"):\n"
                + "#0  0x00007f0000002000 in r\u00e9sum\u00e9 (s=0x1 \"\u00ff\u00fe\") at f\u00fc.c:1\n");
        Case.Source source = load(latin1);
        assertEquals(SourceFormat.GDB_BT, source.report().format());
        assertEquals(0, source.report().skipped());
        Frame frame = source.stacks().get(0).backtrace().frames().get(0);
        assertEquals("r\uFFFDsum\uFFFD", frame.function());
        assertEquals("f\uFFFD.c:1", frame.location());
    }

    @Test
    void emptyFileGetsAMessage() throws IOException {
        Case.Source source = load(new byte[0]);
        assertEquals("file is empty", source.report().warnings().get(0).message());
    }

    @Test
    void runawayRecursionKeepsTheFirstFramesAndSaysSo() throws IOException {
        StringBuilder deep = new StringBuilder("Thread 1 (Thread 0x7f00 (LWP 100)):\n");
        for (int i = 0; i < 20_000; i++) {
            deep.append('#').append(i).append("  0x0000555555551000 in recurse (n=").append(i).append(") at r.c:3\n");
        }
        Case.Source source = load(ascii(deep.toString()));
        assertEquals(ReportDraft.MAX_FRAMES, source.stacks().get(0).backtrace().frames().size());
        assertEquals(1, source.stacks().get(0).firstLine());
        assertEquals(20_001, source.stacks().get(0).lastLine());
        assertTrue(source.report().warnings().get(0).message().contains("11808 frames beyond the first 8192"));
    }

    @Test
    void endlessFrameContinuationIsCutAndTheRestRead() throws IOException {
        StringBuilder text = new StringBuilder("Thread 1 (Thread 0x7f00 (LWP 100)):\n#0  0x1 in f (a=1,\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("    b").append(i).append("=0x00000000000000000000000000000000,\n");
        }
        text.append(GDB_TAIL);
        Case.Source source = load(ascii(text.toString()));
        List<StackReport> stacks = source.stacks();
        assertEquals(2, stacks.size());
        assertEquals("f", stacks.get(0).backtrace().frames().get(0).function());
        assertTrue(source.report().warnings().get(0).message().contains("frame text longer than"));
    }

    @Test
    void cancellationKeepsWhatWasReadAndSaysSo() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int t = 200_000; t > 0; t--) {
            many.append("Thread ").append(t).append(" (Thread 0x7f00 (LWP ").append(t).append(")):\n")
                    .append("#0  0x00007f0000001000 in epoll_wait () from /lib/libc.so.6\n\n");
        }
        byte[] bytes = ascii(many.toString());
        SourceReport report = new SourceReport("many", SourceFormat.GDB_BT);
        AtomicInteger polls = new AtomicInteger();
        Case.Source source = new GdbImporter().read(new java.io.ByteArrayInputStream(bytes), bytes.length, report,
                new ImportMonitor() {
                    @Override
                    public boolean isCancelled() {
                        return polls.incrementAndGet() > 1;
                    }
                });
        assertTrue(report.cancelled());
        int read = source.stacks().size();
        assertTrue(read > 0 && read < 200_000, "threads read before cancelling: " + read);
    }
}
