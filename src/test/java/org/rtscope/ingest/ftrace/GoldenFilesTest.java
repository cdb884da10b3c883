package org.rtscope.ingest.ftrace;

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
 * Golden files: excerpts cut from the real recordings and public captures (ftrace with stack traces,
 * with a TGID column, with 4 flag columns; trace-cmd report plain, -l, -R, -t) beside the TSV of
 * what must be parsed from them. Run with {@code -Drtscope.updateGolden=true} to rewrite the TSVs
 * after a deliberate change, then review the diff.
 */
class GoldenFilesTest {
    private static final Path SOURCE_DIR = Path.of("src/test/resources/golden/ftrace");

    static Stream<String> inputs() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenFilesTest.class.getResource("/golden/ftrace").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesAsRecorded(String name) throws IOException, URISyntaxException {
        Path input = Path.of(GoldenFilesTest.class.getResource("/golden/ftrace/" + name).toURI());
        Case.Source source = CaseLoader.loadOne(input, ImportMonitor.NONE);
        String actual = GoldenTsv.render(source.trace(), source.report()).replace(input.toString(), name);
        String tsvName = name.replace(".txt", ".tsv");
        if (Boolean.getBoolean("rtscope.updateGolden")) {
            Files.writeString(SOURCE_DIR.resolve(tsvName), actual, StandardCharsets.UTF_8);
        }
        Path expected = input.resolveSibling(tsvName);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }
}
