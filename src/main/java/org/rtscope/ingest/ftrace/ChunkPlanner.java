package org.rtscope.ingest.ftrace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import org.rtscope.ingest.text.Bytes;

/**
 * Cuts a trace text into byte ranges that can be parsed independently. A cut is placed at the start
 * of an event line whose predecessor is also an event line, so no stack block ({@code =>} frames,
 * {@code <stack trace>}, {@code kernel_stack}) and no multi-line message is split from its event.
 */
final class ChunkPlanner {
    private static final int WINDOW = 256 * 1024;

    private ChunkPlanner() {
    }

    /** Share of the file left for the small chunks that the first threads to finish take. */
    static final double TAIL = 0.1;

    /**
     * Chunk start offsets (the first is 0) followed by the file size, for {@code threads} threads: one large
     * chunk per thread over 90 % of the file, then one small chunk per thread over the rest. Threads that
     * finish their large chunk early take the small ones, so both cores stay busy to the end: with one
     * chunk each, one core often finished a tenth of a second or more before the other and sat idle.
     * Fewer chunks are returned where no safe cut is found.
     */
    static long[] plan(FileChannel channel, long size, int threads) throws IOException {
        if (threads < 2) {
            return new long[] {0, size};
        }
        double[] bounds = new double[2 * threads - 1];
        for (int k = 1; k <= threads; k++) {
            bounds[k - 1] = (1 - TAIL) * k / threads;
        }
        for (int k = 1; k < threads; k++) {
            bounds[threads + k - 1] = 1 - TAIL + TAIL * k / threads;
        }
        return cutsAt(channel, size, bounds);
    }

    /** Chunk starts near the given fractions of the file (ascending, below 1), then the size. */
    static long[] cutsAt(FileChannel channel, long size, double[] fractions) throws IOException {
        long[] cuts = new long[fractions.length + 2];
        int count = 1;
        for (double fraction : fractions) {
            long cut = cutNear(channel, (long) (size * fraction), size);
            if (cut > cuts[count - 1] && cut < size) {
                cuts[count++] = cut;
            }
        }
        cuts[count++] = size;
        return Arrays.copyOf(cuts, count);
    }

    /** The first safe cut at or after {@code from}, or {@code size} when none is found nearby. */
    private static long cutNear(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer window = ByteBuffer.allocate((int) Math.min(WINDOW, size - from));
        channel.read(window, from);
        byte[] buf = window.array();
        int n = window.position();
        int i = 0;
        while (i < n && buf[i] != '\n') {
            i++;
        }
        i++;
        EventLine line = new EventLine();
        boolean previousWasPlainEvent = false;
        while (i < n) {
            int end = i;
            while (end < n && buf[end] != '\n') {
                end++;
            }
            if (end == n) {
                break;
            }
            boolean plainEvent = isPlainEvent(line, buf, i, end);
            if (plainEvent && previousWasPlainEvent) {
                return from + i;
            }
            previousWasPlainEvent = plainEvent;
            i = end + 1;
        }
        return size;
    }

    private static boolean isPlainEvent(EventLine line, byte[] buf, int start, int end) {
        int s = Bytes.skipSpaces(buf, start, end);
        if (s == end || buf[s] == '=' || buf[s] == '#' || !line.parse(buf, s, end)) {
            return false;
        }
        if (line.stack != EventLine.NO_STACK) {
            return false;
        }
        int len = line.nameEnd - line.nameStart;
        return !(len == 12 && Bytes.startsWith(buf, line.nameStart, line.nameEnd, "kernel_stack"))
                && !(len == 10 && Bytes.startsWith(buf, line.nameStart, line.nameEnd, "user_stack"));
    }
}
