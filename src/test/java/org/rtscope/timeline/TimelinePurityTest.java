package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The timeline math must stay free of JavaFX so the CLI and export can use it headless. */
class TimelinePurityTest {

    @Test
    void timelineDoesNotImportJavafx() throws IOException {
        Path dir = Path.of("src/main/java/org/rtscope/timeline");
        List<String> offenders;
        try (Stream<Path> files = Files.list(dir)) {
            offenders = files.filter(f -> {
                try {
                    return Files.readString(f).contains("import javafx.");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).collect(Collectors.toList());
        }
        assertEquals(List.of(), offenders);
    }
}
