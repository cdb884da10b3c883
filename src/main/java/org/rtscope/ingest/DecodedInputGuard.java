package org.rtscope.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Ends decompressed input early instead of letting it hurt: after {@code limit} bytes (a decompression
 * bomb inflates a few megabytes into terabytes), and at the first decoding failure (a truncated or
 * corrupt archive). Either way the importer sees a normal end of input and keeps what it read; the
 * reason is remembered for the import report.
 */
final class DecodedInputGuard extends FilterInputStream {
    private final long limit;
    private long count;
    private boolean limitReached;
    private String failure;
    private final byte[] single = new byte[1];

    DecodedInputGuard(InputStream decoded, long limit) {
        super(decoded);
        this.limit = limit;
    }

    /** True when reading stopped at the size limit. */
    boolean limitReached() {
        return limitReached;
    }

    /** Why decoding failed, or null. */
    String failure() {
        return failure;
    }

    /** Decompressed bytes handed out. */
    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int n = read(single, 0, 1);
        return n < 0 ? -1 : single[0] & 0xFF;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
        if (limitReached || failure != null) {
            return -1;
        }
        long room = limit - count;
        if (room <= 0) {
            limitReached = true;
            return -1;
        }
        int n;
        try {
            n = in.read(buf, off, (int) Math.min(len, room));
        } catch (IOException | RuntimeException e) {
            // decoders report truncated or corrupt data with IOExceptions and, for zstd, runtime exceptions
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return -1;
        }
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        int read = read(sink, 0, sink.length);
        return Math.max(read, 0);
    }
}
