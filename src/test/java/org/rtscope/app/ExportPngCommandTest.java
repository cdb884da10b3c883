package org.rtscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.TestData;

/** {@code export-png} as a CI job uses it: a PNG of the asked size, exit codes, messages on stderr. */
@Tag("ui")
class ExportPngCommandTest {
    private static final String S2 = TestData.trace("s2_rt_throttling", "trace-cmd_report.txt").toString();

    @TempDir
    Path dir;

    @Test
    void writesAFullHdReportByDefault() throws Exception {
        Path out = dir.resolve("s2.png");
        CliOutput result = CliOutput.run("export-png", "--out", out.toString(), S2);
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertTrue(result.err().contains("wrote " + out + " (1920x1080, 1 finding)"), "RT throttling: " + result.err());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 30, "not uniform: " + colours.size() + " colours");
    }

    @Test
    void honoursSizeAndRange() throws Exception {
        Path out = dir.resolve("gap.png");
        CliOutput result = CliOutput.run("export-png", "-o", out.toString(), "--width", "1280", "--height", "800",
                "--from", "1245.40", "--to", "1245.50", S2);
        assertEquals(0, result.exitCode(), result.err());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
    }

    @Test
    void badSizesAndEmptyRangesAreUsageErrors() {
        Path out = dir.resolve("x.png");
        CliOutput tiny = CliOutput.run("export-png", "--out", out.toString(), "--width", "10", S2);
        assertEquals(2, tiny.exitCode());
        assertTrue(tiny.err().contains("between 320 and 8192"), tiny.err());
        CliOutput empty = CliOutput.run("export-png", "--out", out.toString(), "--from", "2000", S2);
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("--from/--to select nothing: the case spans 1242.326755 – 1247.985651 s"),
                empty.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnreadableFileIsNamedAndTheRestStillDrawn() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a trace\n");
        Path out = dir.resolve("partial.png");
        CliOutput result = CliOutput.run("export-png", "--out", out.toString(), S2, notes.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("cannot use " + notes + ": not a supported format"), result.err());
        assertTrue(Files.size(out) > 10_000);
        CliOutput nothing = CliOutput.run("export-png", "--out", dir.resolve("none.png").toString(), notes.toString());
        assertEquals(2, nothing.exitCode());
        assertFalse(Files.exists(dir.resolve("none.png")));
    }
}
