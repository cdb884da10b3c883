package org.rtscope.export.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The encoder's output is a PNG that ImageIO decodes to exactly the pixels given (alpha dropped). */
class PngEncoderTest {

    @Test
    void roundTripsNoiseGradientsAndFlatAreasThroughImageIo() throws IOException {
        int width = 301;
        int height = 97;
        int[] pixels = new int[width * height];
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p;
                if (y < 30) {
                    p = random.nextInt();
                } else if (y < 60) {
                    p = 0xFF000000 | (x & 0xFF) << 16 | (y * 3 & 0xFF) << 8 | (x + y & 0xFF);
                } else {
                    p = x < 150 ? 0xFFFFFFFF : 0xFFC81E2A;
                }
                pixels[y * width + x] = p;
            }
        }
        assertArrayEquals(opaque(pixels), decode(PngEncoder.encode(pixels, width, height), width, height));
    }

    @Test
    void encodesASinglePixel() throws IOException {
        int[] pixel = {0xFF123456};
        assertArrayEquals(pixel, decode(PngEncoder.encode(pixel, 1, 1), 1, 1));
    }

    @Test
    void flatImagesCompressWell() {
        int[] white = new int[1920 * 1080];
        java.util.Arrays.fill(white, 0xFFFFFFFF);
        byte[] png = PngEncoder.encode(white, 1920, 1080);
        assertTrue(png.length < 20_000, "a white 1920x1080 PNG is small: " + png.length);
    }

    @Test
    void rejectsTooFewPixels() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(new int[5], 3, 2));
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(new int[0], 0, 0));
    }

    private static int[] decode(byte[] png, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    private static int[] opaque(int[] pixels) {
        int[] result = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            result[i] = 0xFF000000 | pixels[i];
        }
        return result;
    }
}
