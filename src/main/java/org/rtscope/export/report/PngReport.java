package org.rtscope.export.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The report as a PNG file, for callers that must not touch JavaFX themselves (the command line):
 * renders on the FX thread of the headless toolkit, encodes and writes on the caller's thread.
 */
public final class PngReport {

    private PngReport() {
    }

    /** Starts the headless toolkit now, so it is ready by the time the case has loaded. */
    public static void prepare() {
        HeadlessFx.startInBackground();
    }

    /** Renders {@code in} at {@code width}×{@code height} and writes it to {@code out}. */
    public static void write(ReportInput in, int width, int height, Path out) throws IOException {
        ReportImage.checkSize(width, height);
        int[] pixels;
        try {
            pixels = HeadlessFx.call(() -> ReportImage.pixels(ReportImage.render(in, width, height)));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not render the report: " + e, e);
        }
        ReportImage.writePng(pixels, width, height, out);
    }
}
