package org.rtscope.ingest.kmsg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;

/**
 * Golden files for the kernel-log formats: excerpts of real logs (dmesg in its variants, /dev/kmsg,
 * console captures of every architecture's oopses, syslog, the journal in its output modes; see the
 * README beside them) and the TSV of what must be parsed from each. Run with
 * {@code -Drtscope.updateGolden=true} to rewrite the TSVs after a deliberate change, then review the
 * diff.
 */
class KernelLogGoldenTest {
    private static final Path SOURCE_DIR = Path.of("src/test/resources/golden/kmsg");
    /** Year-less syslog stamps are resolved against the file time: fixed, so the goldens do not age. */
    static final Instant FILE_TIME = Instant.parse("2026-01-01T12:00:00Z");

    @TempDir
    Path temp;

    static Stream<String> inputs() throws IOException, URISyntaxException {
        Path dir = Path.of(KernelLogGoldenTest.class.getResource("/golden/kmsg").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".tsv") && !n.equals("README.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesAsRecorded(String name) throws IOException, URISyntaxException {
        Path resource = Path.of(KernelLogGoldenTest.class.getResource("/golden/kmsg/" + name).toURI());
        Path input = Files.copy(resource, temp.resolve(name));
        Files.setLastModifiedTime(input, FileTime.from(FILE_TIME));
        Case.Source source = CaseLoader.loadOne(input, ImportMonitor.NONE);
        String actual = LogTsv.render(source);
        String tsvName = name.replaceFirst("\\.[^.]+$", "") + ".tsv";
        if (Boolean.getBoolean("rtscope.updateGolden")) {
            Files.writeString(SOURCE_DIR.resolve(tsvName), actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(resource.resolveSibling(tsvName), StandardCharsets.UTF_8), actual);
    }
}
