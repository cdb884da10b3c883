package org.rtscope.ingest.backtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;

/**
 * Golden files: crash and gdb output beside the TSV of what must be parsed from it (see
 * {@link BacktraceTsv}). Inputs named after their origin: {@code s4-*} are the gdb backtraces of
 * sample-traces/s4_sigalrm_mutex_deadlock; {@code crash-help-*} examples from crash's help.c, {@code satyr-*},
 * {@code drkonqi-*} and {@code drgn-*} excerpts of the public corpus (../shared/corpus); {@code crash-session-*}
 * joins several of those examples into one transcript with prompts; {@code *-styled} is the s4 file as
 * gdb colours it on a terminal. Run with {@code -Drtscope.updateGolden=true} to rewrite the TSVs after
 * a deliberate change, then review the diff.
 */
class GoldenFilesTest {
    private static final Path SOURCE_DIR = Path.of("src/test/resources/golden/backtrace");

    static Stream<String> inputs() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenFilesTest.class.getResource("/golden/backtrace").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesAsRecorded(String name) throws IOException, URISyntaxException {
        Path input = Path.of(GoldenFilesTest.class.getResource("/golden/backtrace/" + name).toURI());
        Case.Source source = CaseLoader.loadOne(input, ImportMonitor.NONE);
        String actual = BacktraceTsv.render(source);
        String tsvName = name.replace(".txt", ".tsv");
        if (Boolean.getBoolean("rtscope.updateGolden")) {
            Files.writeString(SOURCE_DIR.resolve(tsvName), actual, StandardCharsets.UTF_8);
        }
        Path expected = input.resolveSibling(tsvName);
        assertEquals(Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "", actual);
    }
}
