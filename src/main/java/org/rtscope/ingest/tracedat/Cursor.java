package org.rtscope.ingest.tracedat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sequential reading of the metadata parts of a trace.dat: fixed-size integers in the file's byte
 * order, NUL-terminated strings and length-prefixed blobs. Version 6 metadata is read straight from
 * the file ({@link #ofFile}); version 7 sections are read after decompression ({@link #ofBytes}).
 * Every underflow becomes a {@link TraceDatException} naming the file offset.
 */
abstract class Cursor {
    private final Endian endian;
    private final byte[] scratch = new byte[8];

    Cursor(Endian endian) {
        this.endian = endian;
    }

    static Cursor ofBytes(byte[] data, Endian endian, String where) {
        return new BytesCursor(data, endian, where);
    }

    static Cursor ofFile(DatFile file, long start, Endian endian) {
        return new FileCursor(file, start, endian);
    }

    /** Where the cursor is, for messages ("offset 1234" or "section kallsyms byte 12"). */
    abstract String where();

    /** Copies {@code len} bytes to {@code dst}. */
    protected abstract void fill(byte[] dst, int off, int len) throws IOException, TraceDatException;

    abstract void skip(long len) throws IOException, TraceDatException;

    int u16() throws IOException, TraceDatException {
        fill(scratch, 0, 2);
        return endian.u16(scratch, 0);
    }

    long u32() throws IOException, TraceDatException {
        fill(scratch, 0, 4);
        return endian.u32(scratch, 0);
    }

    long u64() throws IOException, TraceDatException {
        fill(scratch, 0, 8);
        return endian.i64(scratch, 0);
    }

    /** Bytes left before the end of the data. */
    abstract long remaining();

    byte[] bytes(long len, String what) throws IOException, TraceDatException {
        if (len < 0 || len > remaining()) {
            throw new TraceDatException(what + " at " + where() + " claims " + len + " bytes, only " + remaining()
                    + " remain (truncated or corrupt)");
        }
        byte[] data = new byte[(int) len];
        fill(data, 0, data.length);
        return data;
    }

    /** A NUL-terminated string (the NUL is consumed). */
    String cstring() throws IOException, TraceDatException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            fill(scratch, 0, 1);
            if (scratch[0] == 0) {
                return sb.toString();
            }
            if (sb.length() > 4096) {
                throw new TraceDatException("unterminated string at " + where());
            }
            sb.append((char) (scratch[0] & 0xFF));
        }
    }

    /** Reads a text blob of {@code len} bytes as UTF-8. */
    String text(long len, String what) throws IOException, TraceDatException {
        return new String(bytes(len, what), StandardCharsets.UTF_8);
    }

    private static final class BytesCursor extends Cursor {
        private final byte[] data;
        private final String name;
        private int pos;

        BytesCursor(byte[] data, Endian endian, String name) {
            super(endian);
            this.data = data;
            this.name = name;
        }

        @Override
        String where() {
            return name + " byte " + pos;
        }

        @Override
        long remaining() {
            return data.length - pos;
        }

        @Override
        protected void fill(byte[] dst, int off, int len) throws TraceDatException {
            if (len > data.length - pos) {
                throw new TraceDatException(name + " ends at byte " + data.length + " but " + len
                        + " more bytes are needed at byte " + pos);
            }
            System.arraycopy(data, pos, dst, off, len);
            pos += len;
        }

        @Override
        void skip(long len) throws TraceDatException {
            if (len > data.length - pos) {
                throw new TraceDatException(name + " ends before byte " + (pos + len));
            }
            pos += (int) len;
        }
    }

    /** Reads through a window of the file, so the many small reads of metadata are not system calls. */
    private static final class FileCursor extends Cursor {
        private static final int WINDOW = 1 << 16;
        private final DatFile file;
        private final byte[] window = new byte[WINDOW];
        private long windowStart;
        private int windowLength;
        private long pos;

        FileCursor(DatFile file, long start, Endian endian) {
            super(endian);
            this.file = file;
            this.pos = start;
        }

        @Override
        String where() {
            return "offset " + pos;
        }

        @Override
        long remaining() {
            return file.size() - pos;
        }

        @Override
        protected void fill(byte[] dst, int off, int len) throws IOException, TraceDatException {
            if (pos < windowStart || pos + len > windowStart + windowLength) {
                if (len > WINDOW) {
                    readDirect(dst, off, len);
                    return;
                }
                windowStart = pos;
                windowLength = file.read(pos, window, 0, WINDOW);
                if (len > windowLength) {
                    throw truncated(len);
                }
            }
            System.arraycopy(window, (int) (pos - windowStart), dst, off, len);
            pos += len;
        }

        private void readDirect(byte[] dst, int off, int len) throws IOException, TraceDatException {
            if (file.read(pos, dst, off, len) < len) {
                throw truncated(len);
            }
            pos += len;
        }

        private TraceDatException truncated(int len) {
            return new TraceDatException("the file ends at " + file.size() + " but " + len
                    + " bytes are needed at offset " + pos + " (truncated?)");
        }

        @Override
        void skip(long len) throws TraceDatException {
            if (pos + len > file.size()) {
                throw new TraceDatException("the file ends at " + file.size() + " before offset " + (pos + len));
            }
            pos += len;
        }
    }
}
