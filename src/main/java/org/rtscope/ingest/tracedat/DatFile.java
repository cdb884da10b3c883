package org.rtscope.ingest.tracedat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Positional reads from the trace.dat file. A trace.dat is not a stream: version 7 files point
 * backwards and forwards with absolute offsets, and per-CPU data is read in parallel streams, so
 * every read names its offset and nothing depends on a shared file position.
 */
final class DatFile {
    private final FileChannel channel;
    private final long size;

    DatFile(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    long size() {
        return size;
    }

    /** Reads up to {@code len} bytes at {@code pos}; returns how many were there before the end of the file. */
    int read(long pos, byte[] dst, int off, int len) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(dst, off, len);
        long at = pos;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        return (int) (at - pos);
    }

    /** Exactly {@code len} bytes at {@code pos}, or an exception naming what is missing. */
    byte[] readExactly(long pos, long len, String what) throws IOException, TraceDatException {
        if (len < 0 || len > Integer.MAX_VALUE - 16 || pos < 0) {
            throw new TraceDatException(what + " at offset " + pos + " has an impossible size " + len);
        }
        if (pos + len > size) {
            throw new TraceDatException(what + " at offset " + pos + " needs " + len + " bytes but the file ends at "
                    + size + " (truncated?)");
        }
        byte[] data = new byte[(int) len];
        read(pos, data, 0, data.length);
        return data;
    }
}
