package org.rtscope.export.report;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.rtscope.export.png.PngEncoder;
import org.rtscope.workspace.AtomicFile;

/**
 * A report as an image: painted on an offscreen canvas, taken with {@code snapshot}, read back through
 * the {@code PixelReader} and encoded by {@link PngEncoder}. Painting and the snapshot must run on the
 * FX thread; encoding and writing need not, and should not in the GUI.
 */
public final class ReportImage {
    /** Smallest and largest sizes accepted (the software pipeline's texture limit is above the maximum). */
    public static final int MIN_SIZE = 320;
    public static final int MAX_SIZE = 8192;

    private ReportImage() {
    }

    /** Renders the report (FX thread only). */
    public static WritableImage render(ReportInput in, int width, int height) {
        checkSize(width, height);
        Canvas canvas = new Canvas(width, height);
        new ReportPainter().paint(canvas.getGraphicsContext2D(), width, height, in);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return canvas.snapshot(parameters, new WritableImage(width, height));
    }

    /** The image's pixels as 0xAARRGGBB, row by row. */
    public static int[] pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    /**
     * Encodes pixels read with {@link #pixels} (any thread) and writes them to {@code out}, replacing the
     * file only when complete.
     */
    public static void writePng(int[] argb, int width, int height, Path out) throws IOException {
        byte[] png = PngEncoder.encode(argb, width, height);
        AtomicFile.write(out, stream -> stream.write(png));
    }

    /**
     * The size of the page a {@code width}×{@code height} report is laid out on: smaller sizes are the
     * page itself, larger ones the same page scaled up. A preview drawn at this size shows exactly the
     * layout of the full image, at a fraction of the cost.
     */
    public static int[] pageSize(int width, int height) {
        double scale = ReportPainter.scale(width, height);
        return new int[] {(int) Math.round(width / scale), (int) Math.round(height / scale)};
    }

    /** Throws when a size is outside {@link #MIN_SIZE}–{@link #MAX_SIZE}. */
    public static void checkSize(int width, int height) {
        if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("report size must be between " + MIN_SIZE + " and " + MAX_SIZE
                    + " pixels each way, not " + width + "x" + height);
        }
    }
}
