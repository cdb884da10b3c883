package org.rtscope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;

/**
 * The golden-file routine every parser's test shares: each {@code *.txt} input under
 * {@code src/test/resources/golden/<folder>} is imported and rendered, and the rendering must equal
 * the {@code .tsv} beside it. With {@code -Drtscope.updateGolden=true} the TSVs are rewritten instead
 * (review the diff before committing).
 */
public final class GoldenFiles {
    private GoldenFiles() {
    }

    /** Names of the inputs of a golden folder, sorted. */
    public static Stream<String> inputs(String folder) {
        try (Stream<Path> files = Files.list(resource(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports input {@code name} of {@code folder}, renders it and compares with (or rewrites) its TSV. */
    public static void check(String folder, String name, Function<Case.Source, String> render) throws IOException {
        Path input = resource(folder).resolve(name);
        Case.Source source = CaseLoader.loadOne(input, ImportMonitor.NONE);
        String actual = render.apply(source).replace(input.toString(), name);
        String tsvName = name.replace(".txt", ".tsv");
        if (Boolean.getBoolean("rtscope.updateGolden")) {
            Files.writeString(Path.of("src/test/resources/golden", folder, tsvName), actual, StandardCharsets.UTF_8);
        }
        Path expected = input.resolveSibling(tsvName);
        assertEquals(Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "", actual);
    }

    private static Path resource(String folder) {
        try {
            return Path.of(GoldenFiles.class.getResource("/golden/" + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
