package org.rtscope.ingest;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.rtscope.model.Case;
import org.rtscope.model.SourceReport;
import org.tukaani.xz.XZInputStream;

/**
 * Reads gzip, xz and zstd files as the text they hold, so users can drop {@code kern.log.2.gz},
 * {@code vmcore-dmesg.txt.xz} or a {@code .zst} trace without unpacking it. The codec is told by the
 * file's magic bytes, never by its name. The importer reads the decompressed stream (size unknown);
 * progress is reported from the compressed bytes consumed against the file size. The decompressed size
 * is capped at {@link #MAX_RATIO} times the file size (at least {@link #MIN_LIMIT}), so a decompression
 * bomb stops early with a warning and what was read is kept; a truncated or corrupt archive likewise
 * keeps the lines before the damage.
 */
final class CompressedInput {
    /** Decompressed bytes allowed per compressed byte; real logs and traces compress 5-50 times. */
    static final long MAX_RATIO = 200;
    /** Decompressed bytes always allowed, whatever the ratio. */
    static final long MIN_LIMIT = 256L << 20;
    /** Memory xz may use for its dictionary (real files use 8-64 MiB; a forged header could ask for 4 GiB). */
    private static final int XZ_MEMORY_LIMIT_KIB = 256 * 1024;

    /** The compression formats recognised by magic number. */
    enum Codec {
        GZIP(new byte[] {0x1f, (byte) 0x8b}),
        XZ(new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0x00}),
        ZSTD(new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd});

        private final byte[] magic;

        Codec(byte[] magic) {
            this.magic = magic;
        }

        boolean matches(byte[] head) {
            if (head.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (head[i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private CompressedInput() {
    }

    /** The codec whose magic number {@code head} starts with, or null for an uncompressed file. */
    static Codec detect(byte[] head) {
        for (Codec codec : Codec.values()) {
            if (codec.matches(head)) {
                return codec;
            }
        }
        return null;
    }

    /** The codec of {@code file}, or null when it is not compressed. */
    static Codec detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in.readNBytes(6));
        }
    }

    /** The first {@code n} bytes of the file's content: decompressed when the file is compressed. */
    static byte[] head(Path file, int n) throws IOException {
        Codec codec = detect(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (codec == null) {
                return raw.readNBytes(n);
            }
            DecodedInputGuard decoded = new DecodedInputGuard(decoder(codec, raw), Long.MAX_VALUE);
            return decoded.readNBytes(n);
        }
    }

    /**
     * Imports a compressed file with {@code importer}, streaming the decompressed text; the limit or
     * a decoding failure ends the input early with a warning at the last line read.
     */
    static Case.Source read(Path file, Codec codec, SourceImporter importer, SourceReport report,
                            ImportMonitor monitor) throws IOException {
        long size = Files.size(file);
        long limit = Math.max(MIN_LIMIT, size * MAX_RATIO);
        try (CountingInputStream compressed = new CountingInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16));
             DecodedInputGuard decoded = new DecodedInputGuard(decoder(codec, compressed), limit)) {
            ImportMonitor byCompressedBytes = new ImportMonitor() {
                @Override
                public void progress(long done, long total) {
                    monitor.progress(compressed.count(), size);
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCancelled();
                }
            };
            Case.Source source = importer.read(decoded, -1, report, byCompressedBytes);
            String what = codec.name().toLowerCase(Locale.ROOT);
            if (decoded.limitReached()) {
                report.warn(report.lines(), "stopped reading after " + decoded.count() + " decompressed bytes of a "
                        + size + "-byte " + what + " file (limit: " + MAX_RATIO + " times the file size, at least "
                        + (MIN_LIMIT >> 20) + " MiB): a decompression bomb? The " + report.lines()
                        + " lines read are kept");
            }
            if (decoded.failure() != null) {
                report.warn(report.lines(), what + " data is truncated or corrupt after line " + report.lines()
                        + " (" + decoded.failure() + "); the lines before are kept");
            }
            return source;
        }
    }

    private static InputStream decoder(Codec codec, InputStream in) throws IOException {
        switch (codec) {
            case GZIP:
                return new GZIPInputStream(in, 1 << 16);
            case XZ:
                return new XZInputStream(in, XZ_MEMORY_LIMIT_KIB);
            default:
                return new ZstdInputStream(in);
        }
    }
}
