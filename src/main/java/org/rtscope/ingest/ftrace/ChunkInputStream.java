package org.rtscope.ingest.ftrace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Reads the byte range [start, end) of a file channel with positional reads, so chunks share one channel. */
final class ChunkInputStream extends InputStream {
    private final FileChannel channel;
    private long position;
    private final long end;

    ChunkInputStream(FileChannel channel, long start, long end) {
        this.channel = channel;
        this.position = start;
        this.end = end;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position >= end) {
            return -1;
        }
        int n = (int) Math.min(len, end - position);
        int read = channel.read(ByteBuffer.wrap(b, off, n), position);
        if (read < 0) {
            return -1;
        }
        position += read;
        return read;
    }
}
