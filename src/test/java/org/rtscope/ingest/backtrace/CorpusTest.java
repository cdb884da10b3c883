package org.rtscope.ingest.backtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.Sniffer;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.StackReport;

/**
 * Every file of ../shared/corpus/backtrace-manifest.tsv (crash help examples, satyr and drkonqi gdb
 * traces, drgn stack traces, abrt and satyr kernel oopses). crash output must be detected as
 * {@code crash-bt}, gdb and drgn traces as {@code gdb-bt}, and import with the manifest's counts:
 * {@code gdb_threads} thread blocks, and {@code frame_lines} frames (the numbered {@code #N} lines; crash's
 * unnumbered {@code bt -t} stack-scan finds are unreliable frames and not among them). A kernel
 * {@code Call Trace} inside {@code crash> log} output must become a report with frames; how many is the
 * kernel-log parser's to get right (its own corpus test counts them). Kernel oopses
 * and logs are the kernel-log importer's: they must not be taken for crash or gdb output, and loading
 * them must not fail. Skipped where the corpus is not present (it lives beside the repository, not in it).
 */
class CorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("rtscope.corpus", "../shared/corpus"));

    static Stream<Arguments> files() throws IOException {
        Path manifest = CORPUS.resolve("backtrace-manifest.tsv");
        if (!Files.exists(manifest)) {
            return Stream.of(Arguments.of("(corpus not present)", "", 0, 0));
        }
        List<String> rows = Files.readAllLines(manifest);
        return rows.stream().skip(1).map(r -> r.split("\t", -1)).filter(c -> c.length > 6)
                .map(c -> Arguments.of(c[0], c[3], Integer.parseInt(c[5].trim()), Integer.parseInt(c[6].trim())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void importsWithTheManifestCounts(String file, String kind, int threads, int frameLines) throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        Path path = CORPUS.resolve(file);
        Case.Source source = CaseLoader.loadOne(path, ImportMonitor.NONE);
        String context = kind + " " + source.report().format() + " warnings " + source.report().warnings();
        assertTrue(source.report().warnings().stream().noneMatch(w -> w.message().startsWith("cannot read")), context);
        if (kind.startsWith("crash_")) {
            assertEquals(SourceFormat.CRASH_BT, source.report().format(), context);
            if (kind.equals("crash_log")) {
                assertTrue(source.logs() != null && source.logs().size() > 0, context);
                if (frameLines > 0) {
                    assertTrue(source.stacks().stream().anyMatch(r -> !r.backtrace().frames().isEmpty()), context);
                }
            } else {
                assertEquals(frameLines, numberedFrames(source), context);
            }
        } else if (kind.startsWith("gdb_") || kind.equals("drgn_stack_trace")) {
            assertEquals(SourceFormat.GDB_BT, source.report().format(), context);
            assertEquals(threads, source.stacks().stream().filter(r -> r.attributes().containsKey("thread")).count(),
                    context);
            assertEquals(frameLines, source.stacks().stream().mapToInt(r -> r.backtrace().frames().size()).sum(),
                    context);
        } else {
            SourceFormat format = Sniffer.sniff(path);
            assertNotEquals(SourceFormat.CRASH_BT, format, context);
            assertNotEquals(SourceFormat.GDB_BT, format, context);
        }
    }

    /** Frames printed with a {@code #N}: all but bt -t's unreliable stack-scan finds. */
    private static long numberedFrames(Case.Source source) {
        long n = 0;
        for (StackReport r : source.stacks()) {
            for (Frame f : r.backtrace().frames()) {
                if (!f.unreliable()) {
                    n++;
                }
            }
        }
        return n;
    }
}
