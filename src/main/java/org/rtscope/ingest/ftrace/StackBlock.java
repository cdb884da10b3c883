package org.rtscope.ingest.ftrace;

import java.util.ArrayList;
import java.util.List;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Frame;
import org.rtscope.model.StringPool;
import org.rtscope.model.TraceBuilder;

/**
 * Collects the {@code => frame} lines that follow a stack-trace header and attaches the finished
 * stack to its event. Frames look like {@code  => __send_signal_locked} (ftrace),
 * {@code => __send_signal_locked (ffffffff8136bc19)} (trace-cmd), {@code  => <00007f3a...>} (user
 * stacks) or {@code func+0x1c/0x90}.
 */
final class StackBlock {
    private final TraceBuilder builder;
    private final StringPool pool;
    private final List<Frame> frames = new ArrayList<>();
    private int owner = -1;
    private boolean user;
    private int line;
    private boolean discarding;

    StackBlock(TraceBuilder builder) {
        this.builder = builder;
        this.pool = builder.strings();
    }

    void open(int event, boolean userStack, int lineNo) {
        close();
        owner = event;
        user = userStack;
        line = lineNo;
        discarding = false;
    }

    /** Swallows the frames of a stack that has no event to belong to. */
    void discard(long lineNo) {
        close();
        discarding = true;
        line = (int) lineNo;
    }

    /** Adds one frame line (text after "=>"); false when no stack is open. */
    boolean frame(byte[] buf, int from, int end) {
        if (discarding) {
            return true;
        }
        if (owner < 0) {
            return false;
        }
        int s = Bytes.skipSpaces(buf, from, end);
        int e = Bytes.trimEnd(buf, s, end);
        long address = -1;
        if (e > s && buf[e - 1] == ')') {
            int open = Bytes.lastIndexOf(buf, s, e, (byte) '(');
            if (open >= 0) {
                address = Bytes.parseHex(buf, open + 1, e - 1);
                e = Bytes.trimEnd(buf, s, open);
            }
        }
        if (e > s && buf[s] == '<' && buf[e - 1] == '>') {
            address = Bytes.parseHex(buf, s + 1, e - 1);
            frames.add(Frame.of("", address == Bytes.NONE ? -1 : address));
            return true;
        }
        long offset = -1;
        long size = -1;
        int plus = Bytes.lastIndexOf(buf, s, e, (byte) '+');
        if (plus > s && Bytes.startsWith(buf, plus + 1, e, "0x")) {
            int slash = Bytes.lastIndexOf(buf, plus, e, (byte) '/');
            offset = Bytes.parseHex(buf, plus + 3, slash < 0 ? e : slash);
            if (slash > 0 && Bytes.startsWith(buf, slash + 1, e, "0x")) {
                size = Bytes.parseHex(buf, slash + 3, e);
            }
            e = plus;
        }
        String function = pool.get(pool.intern(buf, s, e - s));
        frames.add(new Frame(function, address == Bytes.NONE ? -1 : address, offset == Bytes.NONE ? -1 : offset,
                size == Bytes.NONE ? -1 : size, null, false, user ? "user" : null));
        return true;
    }

    /** Frames from trace-cmd -R's "ff, ff, ..." byte list: 8-byte little-endian addresses. */
    void rawAddresses(byte[] buf, int from, int end) {
        long value = 0;
        int byteIndex = 0;
        int i = from;
        while (i < end && buf[i] != ']') {
            i = Bytes.skipSpaces(buf, i, end);
            long b = Bytes.parseHex(buf, i, end);
            if (b == Bytes.NONE) {
                break;
            }
            value |= (b & 0xFF) << (8 * byteIndex);
            if (++byteIndex == 8) {
                frames.add(Frame.of("", value));
                value = 0;
                byteIndex = 0;
            }
            while (i < end && buf[i] != ',' && buf[i] != ']') {
                i++;
            }
            if (i < end && buf[i] == ',') {
                i++;
            }
        }
    }

    /** Attaches the collected stack, if any, to its event. */
    void close() {
        if (owner >= 0) {
            builder.attachStack(owner, new Backtrace(user ? Backtrace.USER : Backtrace.KERNEL, frames, line));
        }
        frames.clear();
        owner = -1;
        discarding = false;
    }
}
