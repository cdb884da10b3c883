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

    /** Chunk start offsets (the first is 0) followed by the file size, for at most {@code parts} chunks. */
    static long[] plan(FileChannel channel, long size, int parts) throws IOException {
        long[] cuts = new long[parts + 1];
        int count = 1;
        for (int k = 1; k < parts; k++) {
            long cut = cutNear(channel, size * k / parts, size);
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
