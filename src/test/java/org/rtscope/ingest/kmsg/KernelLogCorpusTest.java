package org.rtscope.ingest.kmsg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.StackReport;

/**
 * Every kernel crash log of syzkaller's report test data ({@code ../shared/corpus/syzkaller-manifest.tsv})
 * and every kernel oops / kernel log of abrt, satyr and drgn ({@code backtrace-manifest.tsv}, kinds
 * {@code kernel_oops} and {@code kernel_log_other}): detected as the right format, imported without an
 * exception, and every {@code Call Trace:} block in it (found and counted independently by
 * {@link CallTraceBlocks}) yields a backtrace with exactly its frames. Skipped where the corpus is not
 * present (it lives beside the repository, not in it).
 *
 * <p>The format: for syzkaller, the manifest's {@code timestamp_style} (stamped logs are {@code dmesg};
 * for the 26 logs without stamps {@link #UNSTAMPED} says what each one is, by hand, after reading it);
 * for the others, the {@code format_features} column ({@code dmesg_ts} → dmesg, {@code syslog_prefix}
 * → syslog, otherwise a pasted oops) except the three files {@link #OTHER} lists.
 */
class KernelLogCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("rtscope.corpus", "../shared/corpus"));

    /** Logs whose manifest style is "none": number → expected format (why, in the comment). */
    private static final Map<String, SourceFormat> UNSTAMPED = new HashMap<>();

    static {
        // <6>[   85.501187] prefixes and "** N printk messages dropped ** [  50.750742]": stamped after all
        for (String n : List.of("6", "124")) {
            UNSTAMPED.put(n, SourceFormat.DMESG);
        }
        // console capture interleaved mid-line with stamped kernel output
        UNSTAMPED.put("706", SourceFormat.DMESG);
        // oopses, KASAN/KMSAN, RCU stall, hung task, kmemleak reports pasted without printk times
        for (String n : List.of("238", "241", "242", "243", "309", "431", "549", "550", "551", "740", "751")) {
            UNSTAMPED.put(n, SourceFormat.OOPS);
        }
        // an upper-cased syslog excerpt (DEC  4 17:33:13 SYZKALLER DAEMON.ERR DHCPCD[5651]: ...)
        UNSTAMPED.put("732", SourceFormat.SYSLOG);
        // no kernel report shape at all: syzkaller/Go runtime failures (601, 660, 707, 716), Android's
        // debuggerd (262), a lone "INFO:" (129), kmemleak without a stack (126), one or a few unstamped
        // kernel lines without any report (381, 683, 684, 728): reported as "not a supported format"
        for (String n : List.of("126", "129", "262", "381", "601", "660", "683", "684", "707", "716", "728")) {
            UNSTAMPED.put(n, SourceFormat.UNKNOWN);
        }
    }

    /** backtrace-manifest rows whose features do not say their format. */
    private static final Map<String, SourceFormat> OTHER = Map.of(
            // syslog files whose manifest features do not mention the prefix (openvpn, gdm-x-session lines)
            "abrt/tests/examples/not_oops1.test", SourceFormat.SYSLOG,
            "abrt/tests/examples/xorg_journal_crash1.test", SourceFormat.SYSLOG,
            // an Xorg server log ("(EE) Backtrace:"), not kernel text
            "abrt/tests/examples/xorg_journal_crash2.test", SourceFormat.UNKNOWN);

    static Stream<Arguments> oopses() throws IOException {
        Path manifest = CORPUS.resolve("backtrace-manifest.tsv");
        if (!Files.exists(manifest)) {
            return Stream.of(Arguments.of("(corpus not present)", SourceFormat.UNKNOWN));
        }
        List<String> lines = Files.readAllLines(manifest);
        List<String> header = List.of(lines.get(0).split("\t"));
        int file = header.indexOf("file");
        int kind = header.indexOf("kind");
        int features = header.indexOf("format_features");
        List<Arguments> rows = new ArrayList<>();
        for (String row : lines.subList(1, lines.size())) {
            String[] cols = row.split("\t", -1);
            if (!cols[kind].equals("kernel_oops") && !cols[kind].equals("kernel_log_other")) {
                continue;
            }
            SourceFormat expected = cols[features].contains("dmesg_ts") ? SourceFormat.DMESG
                    : cols[features].contains("syslog_prefix") ? SourceFormat.SYSLOG : SourceFormat.OOPS;
            rows.add(Arguments.of(cols[file], OTHER.getOrDefault(cols[file], expected)));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oopses")
    void importsOopsesWithEveryCallTrace(String file, SourceFormat expected) throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        checkFile(file, expected);
    }

    static Stream<Arguments> logs() throws IOException {
        Path manifest = CORPUS.resolve("syzkaller-manifest.tsv");
        if (!Files.exists(manifest)) {
            return Stream.of(Arguments.of("(corpus not present)", ""));
        }
        List<Arguments> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(manifest);
        List<String> header = List.of(lines.get(0).split("\t"));
        int file = header.indexOf("file");
        int style = header.indexOf("timestamp_style");
        for (String row : lines.subList(1, lines.size())) {
            String[] cols = row.split("\t", -1);
            rows.add(Arguments.of(cols[file], cols[style]));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void importsWithEveryCallTrace(String file, String style) throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        String name = Path.of(file).getFileName().toString();
        SourceFormat expected = style.equals("none") ? UNSTAMPED.get(name) : SourceFormat.DMESG;
        assertNotNull(expected, "no expectation for unstamped log " + name);
        checkFile(file, expected);
    }

    private static void checkFile(String file, SourceFormat expected) throws IOException {
        Path path = CORPUS.resolve(file);
        Case.Source source = CaseLoader.loadOne(path, ImportMonitor.NONE);
        assertEquals(expected, source.report().format(), () -> file + " " + source.report().warnings());
        if (expected == SourceFormat.UNKNOWN) {
            assertTrue(source.report().warnings().get(0).message().contains("not a supported format"));
            return;
        }
        assertNotNull(source.logs());
        List<String> raw = List.of(new String(Files.readAllBytes(path), StandardCharsets.UTF_8).split("\r?\n", -1));
        Map<Integer, Backtrace> traces = new HashMap<>();
        for (StackReport report : source.stacks()) {
            traces.put(report.backtrace().line(), report.backtrace());
        }
        for (CallTraceBlocks.Block block : CallTraceBlocks.find(raw)) {
            Backtrace trace = traces.get(block.line());
            assertNotNull(trace, () -> file + ": no backtrace for the Call Trace at line " + block.line());
            int expectedFrames = block.frameLines() + block.armFrames();
            assertEquals(expectedFrames, unwound(trace), () -> file + ": frames of the Call Trace at line "
                    + block.line() + ": " + trace.frames());
        }
    }

    /** Frames the unwinder printed (not those taken from register dumps). */
    static long unwound(Backtrace trace) {
        return trace.frames().stream().map(Frame::context)
                .filter(c -> !"exception".equals(c) && !"user".equals(c)).count();
    }
}
