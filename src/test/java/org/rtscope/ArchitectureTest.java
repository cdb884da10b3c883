package org.rtscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of DESIGN.md that keep the headless parts headless: parsing, the model,
 * analysis and timeline maths never import JavaFX (they run in the CLI, in tests and on background
 * threads), and neither do the command-line classes, which must work without a display.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/rtscope");
    private static final List<String> HEADLESS_PACKAGES = List.of("model", "ingest", "analysis", "timeline", "workspace");

    @Test
    void headlessPackagesDoNotImportJavafx() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pkg : HEADLESS_PACKAGES) {
            files.addAll(javaFiles(MAIN.resolve(pkg)));
        }
        assertTrue(files.size() > 10, "scanned too few files under " + MAIN.toAbsolutePath() + ": " + files.size());
        assertEquals(List.of(), offending(files, "javafx."));
    }

    @Test
    void commandLineDoesNotImportJavafxOrTheUi() throws IOException {
        List<Path> files = new ArrayList<>(javaFiles(MAIN.resolve("app/cli")));
        files.add(MAIN.resolve("app/Cli.java"));
        files.addAll(javaFiles(MAIN.resolve("analysis")));
        assertEquals(List.of(), offending(files, "javafx."));
        assertEquals(List.of(), offending(files, "org.rtscope.ui"));
    }

    @Test
    void exportClassesUsedByTheCliDoNotImportJavafx() throws IOException {
        List<Path> files = List.of(MAIN.resolve("export/AnalysisJson.java"), MAIN.resolve("export/AnalysisText.java"),
                MAIN.resolve("export/PerfettoJson.java"), MAIN.resolve("export/BuildVersion.java"),
                MAIN.resolve("export/png/PngEncoder.java"));
        assertEquals(List.of(), offending(files, "javafx."));
    }

    /** "file: import line" for every import (static or not) of a name starting with {@code prefix}. */
    private static List<String> offending(List<Path> files, String prefix) {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            try (Stream<String> lines = Files.lines(file)) {
                lines.map(String::strip)
                        .filter(line -> line.startsWith("import "))
                        .filter(line -> line.replaceFirst("^import\\s+(static\\s+)?", "").startsWith(prefix))
                        .forEach(line -> found.add(MAIN.relativize(file) + ": " + line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
