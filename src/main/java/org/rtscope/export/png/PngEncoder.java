package org.rtscope.export.png;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes opaque pixels as an 8-bit RGB PNG. Reports are large, flat-coloured images; ImageIO
 * (via SwingFXUtils) spends most of its time converting colour models and compressing at a high
 * level, while rows filtered with PNG's "Sub" filter (runs of one colour become zeros) and deflated
 * at a fast level come out about as small, roughly five times sooner.
 *
 * <p>Alpha is dropped: a report is an opaque image and RGB keeps the file a quarter smaller.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int COLOR_TYPE_RGB = 2;
    private static final int FILTER_SUB = 1;
    private static final int DEFLATE_LEVEL = 4;

    private PngEncoder() {
    }

    /** Encodes {@code width}×{@code height} pixels given row by row as 0xAARRGGBB. */
    public static byte[] encode(int[] argb, int width, int height) {
        if (width < 1 || height < 1 || argb.length < (long) width * height) {
            throw new IllegalArgumentException("need " + width + "x" + height + " pixels, got " + argb.length);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(width * height / 4 + 1024);
        try (DataOutputStream out = new DataOutputStream(png)) {
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, COLOR_TYPE_RGB, 0, 0, 0});
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", compress(argb, width, height));
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory stream failed", e);
        }
        return png.toByteArray();
    }

    /** Encodes and writes to {@code out} (not closed). */
    public static void write(int[] argb, int width, int height, OutputStream out) throws IOException {
        out.write(encode(argb, width, height));
    }

    private static byte[] compress(int[] argb, int width, int height) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 8 + 1024);
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            byte[] row = new byte[1 + width * 3];
            row[0] = FILTER_SUB;
            for (int y = 0; y < height; y++) {
                int previous = 0;
                int at = y * width;
                for (int x = 0, i = 1; x < width; x++, i += 3) {
                    int p = argb[at + x];
                    row[i] = (byte) ((p >> 16) - (previous >> 16));
                    row[i + 1] = (byte) ((p >> 8) - (previous >> 8));
                    row[i + 2] = (byte) (p - previous);
                    previous = p;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
