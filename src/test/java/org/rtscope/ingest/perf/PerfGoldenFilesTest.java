package org.rtscope.ingest.perf;

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
 * Golden files: excerpts of real perf script and perf sched timehist texts (see the README beside
 * them) with the TSV of what must be parsed from them: every {@code -F} variant, callchains, side-band
 * lines, lost events, BOM/CRLF, and each timehist option. Run with {@code -Drtscope.updateGolden=true}
 * to rewrite the TSVs after a deliberate change, then review the diff.
 */
class PerfGoldenFilesTest {
    private static final Path SOURCE_DIR = Path.of("src/test/resources/golden/perf");

    static Stream<String> inputs() throws IOException, URISyntaxException {
        Path dir = Path.of(PerfGoldenFilesTest.class.getResource("/golden/perf").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesAsRecorded(String name) throws IOException, URISyntaxException {
        Path input = Path.of(PerfGoldenFilesTest.class.getResource("/golden/perf/" + name).toURI());
        Case.Source source = CaseLoader.loadOne(input, ImportMonitor.NONE);
        String actual = PerfGoldenTsv.render(source.trace(), source.report()).replace(input.toString(), name);
        String tsvName = name.replace(".txt", ".tsv");
        if (Boolean.getBoolean("rtscope.updateGolden")) {
            Files.writeString(SOURCE_DIR.resolve(tsvName), actual, StandardCharsets.UTF_8);
        }
        Path expected = input.resolveSibling(tsvName);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }
}
