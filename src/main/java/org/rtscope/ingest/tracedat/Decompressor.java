package org.rtscope.ingest.tracedat;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Uncompresses the blocks of a version 7 trace.dat (metadata sections and per-CPU data chunks). The
 * file names its algorithm in the initial header; trace-cmd ships "zstd" and "zlib" (zlib stream
 * format, as made by zlib's compress2). Every block declares its uncompressed size, so output buffers
 * are exact.
 */
interface Decompressor {
    /**
     * One zstd decompressor per thread: making one allocates its tables, which cost more than
     * uncompressing a chunk of a few pages, and a trace.dat has thousands of chunks.
     */
    ThreadLocal<ZstdDecompressor> ZSTD = ThreadLocal.withInitial(ZstdDecompressor::new);

    /** Uncompresses {@code src[off, off+len)} into exactly {@code size} bytes. */
    byte[] decompress(byte[] src, int off, int len, int size) throws TraceDatException;

    /**
     * Rejects a declared uncompressed size no real block has (more than 1 GiB, or a ratio beyond
     * 4096:1), so a corrupt size word cannot make the reader allocate gigabytes.
     */
    static void checkSize(long packed, long size, String what) throws TraceDatException {
        if (size < 0 || size > (1L << 30) || size > packed * 4096 + 65536) {
            throw new TraceDatException(what + " declares " + size + " uncompressed bytes for " + packed
                    + " compressed ones (corrupt)");
        }
    }

    /** The decompressor for an algorithm name of the initial header, or null for "none". */
    static Decompressor forName(String name) throws TraceDatException {
        switch (name) {
            case "none":
            case "":
                return null;
            case "zstd":
                return Decompressor::zstd;
            case "zlib":
                return Decompressor::zlib;
            default:
                throw new TraceDatException("unsupported compression algorithm '" + name + "' (zstd and zlib are read)");
        }
    }

    private static byte[] zstd(byte[] src, int off, int len, int size) throws TraceDatException {
        byte[] out = new byte[size];
        try {
            int n = ZSTD.get().decompress(src, off, len, out, 0, size);
            if (n != size) {
                throw new TraceDatException("zstd block gave " + n + " bytes, " + size + " declared");
            }
            return out;
        } catch (MalformedInputException | IllegalArgumentException | IndexOutOfBoundsException e) {
            ZSTD.remove(); // a corrupt block may leave it mid-frame: the next block gets a fresh one
            throw new TraceDatException("corrupt zstd block: " + e.getMessage(), e);
        }
    }

    private static byte[] zlib(byte[] src, int off, int len, int size) throws TraceDatException {
        byte[] out = new byte[size];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(src, off, len);
            int n = 0;
            while (n < size && !inflater.finished()) {
                int got = inflater.inflate(out, n, size - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != size) {
                throw new TraceDatException("zlib block gave " + n + " bytes, " + size + " declared");
            }
            return out;
        } catch (DataFormatException e) {
            throw new TraceDatException("corrupt zlib block: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
