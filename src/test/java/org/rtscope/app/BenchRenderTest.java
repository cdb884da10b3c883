package org.rtscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.TestData;

/** {@code rtscope bench render}: one JSON line with the frame figures, per-phase lines on stderr, exit 2 on nothing to draw. */
@Tag("ui")
class BenchRenderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rendersTheFramesOfEveryZoomLevelAndPrintsOneJsonLine() throws IOException {
        CliOutput result = CliOutput.run("bench", "render", TestData.trace("s2_rt_throttling", "trace-cmd_report.txt").toString());
        assertEquals(0, result.exitCode(), result.err());
        String[] lines = result.out().strip().split("\n");
        assertEquals(1, lines.length, result.out());
        JsonNode json = JSON.readTree(lines[0]);
        assertEquals(26299, json.get("events").asInt());
        assertEquals(40 * 3 + 80 * 2, json.get("frames").asInt());
        double p50 = json.get("p50Ms").asDouble();
        assertTrue(p50 > 0 && p50 <= json.get("p95Ms").asDouble() && json.get("p95Ms").asDouble() <= json.get("maxMs").asDouble());
        for (String phase : new String[] {"whole", "1.0%", "1.0% panning", "0.01%", "0.01% panning"}) {
            assertTrue(result.err().contains(phase + " "), result.err());
        }
    }

    @Test
    void aFileWithoutEventsExitsWithTwo(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a trace\n");
        CliOutput result = CliOutput.run("bench", "render", notes.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("no trace events"), result.err());
    }
}
