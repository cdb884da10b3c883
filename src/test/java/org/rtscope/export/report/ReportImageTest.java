package org.rtscope.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.Severity;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.TaskPalette;

/**
 * The rendered report (headless JavaFX): the screen's lane colours, a circle in the finding's colour
 * under its time, the same page at twice the size for 3840×2160, and a PNG ImageIO reads back.
 */
@Tag("ui")
class ReportImageTest {
    private static final int CRITICAL = 0xB42318;
    private static final int RT_HOG = new TaskPalette().color(26988, 49);

    @TempDir
    Path dir;

    private static Rendered render(List<Finding> findings, int width, int height) throws Exception {
        ReportInput in = ReportFixtures.whole(findings);
        int[] pixels = HeadlessFx.call(() -> ReportImage.pixels(ReportImage.render(in, width, height)));
        return new Rendered(in, pixels, width, height);
    }

    private record Rendered(ReportInput in, int[] pixels, int width, int height) {
        int rgb(int x, int y) {
            return pixels[y * width + x] & 0xFFFFFF;
        }

        /** Column of time {@code t} on the page (logical page scaled by {@code scale}). */
        int column(long t) {
            double scale = ReportPainter.scale(width, height);
            double left = ReportPainter.MARGIN + LaneLayout.GUTTER_WIDTH;
            double plot = Math.floor(width / scale - 2 * ReportPainter.MARGIN - LaneLayout.GUTTER_WIDTH);
            return (int) Math.round((left + (double) (t - in.from()) / (in.to() - in.from()) * plot) * scale);
        }

        /** Pixels of colour {@code rgb} within {@code halfWidth} columns of {@code x}, above the legend. */
        int count(int rgb, int x, int halfWidth) {
            int n = 0;
            int bottom = (int) (height * 0.9);
            for (int y = 0; y < bottom; y++) {
                for (int c = Math.max(0, x - halfWidth); c <= Math.min(width - 1, x + halfWidth); c++) {
                    n += rgb(c, y) == rgb ? 1 : 0;
                }
            }
            return n;
        }
    }

    @Test
    void showsTheLanesInTheScreensColoursAndACircleUnderTheFinding() throws Exception {
        Rendered report = render(List.of(ReportFixtures.throttle()), 1920, 1080);
        int gap = report.column((ReportFixtures.GAP_START + ReportFixtures.GAP_END) / 2);
        assertTrue(report.count(CRITICAL, gap, 14) > 250, "a critical circle under the gap: " + report.count(CRITICAL, gap, 14));
        int hog = report.column(1_245_000_000_000L);
        assertTrue(report.count(RT_HOG, hog, 3) > 7 * 25, "rt_hog's slice in its screen colour, on CPU 1 and its task lane: "
                + report.count(RT_HOG, hog, 3));

        Rendered plain = render(List.of(), 1920, 1080);
        assertEquals(0, plain.count(CRITICAL, gap, 14), "no finding, no circle");
        Set<Integer> colours = new HashSet<>();
        for (int p : plain.pixels()) {
            colours.add(p);
        }
        assertTrue(colours.size() > 50, "a picture, not a blank page: " + colours.size());
    }

    @Test
    void aFindingWithoutTraceTimeGetsItsBoxAndNoCircle() throws Exception {
        Finding wallClock = new Finding("OOM_KILL", "OOM killer", Severity.CRITICAL, 0.9, Finding.NO_TIME,
                Finding.NO_TIME, List.of(), List.of(), List.of(), "explanation", List.of());
        Rendered report = render(List.of(wallClock), 1920, 1080);
        assertTrue(report.count(CRITICAL, 26, 2) > 100, "the box's stripe in its colour");
        int gap = report.column((ReportFixtures.GAP_START + ReportFixtures.GAP_END) / 2);
        assertEquals(0, report.count(CRITICAL, gap, 14), "no circle anywhere on the timeline");
    }

    @Test
    void fourKIsTheSamePageAtTwiceTheResolution() throws Exception {
        Rendered hd = render(List.of(ReportFixtures.throttle()), 1920, 1080);
        Rendered uhd = render(List.of(ReportFixtures.throttle()), 3840, 2160);
        int gap = hd.column((ReportFixtures.GAP_START + ReportFixtures.GAP_END) / 2);
        assertEquals(2 * gap, uhd.column((ReportFixtures.GAP_START + ReportFixtures.GAP_END) / 2), 2);
        int small = hd.count(CRITICAL, gap, 14);
        int large = uhd.count(CRITICAL, 2 * gap, 28);
        assertTrue(large > 3 * small, "the circle at the doubled place, larger: " + small + " → " + large);
    }

    @Test
    void writesAPngImageIoReads() throws Exception {
        ReportInput in = ReportFixtures.whole(List.of(ReportFixtures.throttle()));
        Path out = dir.resolve("report.png");
        PngReport.write(in, 1280, 720, out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
    }

    @Test
    void refusesSizesOutsideTheLimits() {
        ReportInput in = ReportFixtures.whole(List.of());
        assertThrows(IllegalArgumentException.class, () -> PngReport.write(in, 100, 720, dir.resolve("x.png")));
        assertThrows(IllegalArgumentException.class, () -> PngReport.write(in, 1920, 9000, dir.resolve("x.png")));
    }
}
