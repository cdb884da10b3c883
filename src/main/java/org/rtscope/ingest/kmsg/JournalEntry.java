package org.rtscope.ingest.kmsg;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.rtscope.ingest.text.Bytes;

/**
 * The fields of one journal entry that rtscope uses (CATALOG F3), whichever output mode they came
 * from: {@code MESSAGE} (text or binary), {@code __REALTIME_TIMESTAMP}, {@code __MONOTONIC_TIMESTAMP},
 * {@code _SOURCE_MONOTONIC_TIMESTAMP}, {@code _SOURCE_REALTIME_TIMESTAMP}, {@code _BOOT_ID},
 * {@code PRIORITY}, {@code SYSLOG_IDENTIFIER}, {@code _COMM}, {@code _PID}, {@code _TRANSPORT}. Other
 * fields are ignored. A field given twice keeps its first value (journalctl -o json turns repeated
 * fields into arrays; the first element is taken). Reused for every entry; not thread-safe.
 */
final class JournalEntry {
    /** Marks a missing number. */
    static final long NONE = Long.MIN_VALUE;

    private byte[] message = new byte[256];
    private int messageLength = -1;
    long realtimeUs;
    long monotonicUs;
    long sourceMonotonicUs;
    long sourceRealtimeUs;
    int priority;
    int pid;
    String bootId;
    String ident;
    String comm;
    boolean kernelTransport;
    /** 1-based line where the entry starts. */
    int line;

    JournalEntry() {
        clear();
    }

    void clear() {
        messageLength = -1;
        realtimeUs = NONE;
        monotonicUs = NONE;
        sourceMonotonicUs = NONE;
        sourceRealtimeUs = NONE;
        priority = -1;
        pid = -1;
        bootId = null;
        ident = null;
        comm = null;
        kernelTransport = false;
        line = 0;
    }

    /** True when no field was set since {@link #clear()}. */
    boolean isEmpty() {
        return messageLength < 0 && realtimeUs == NONE && monotonicUs == NONE && bootId == null && ident == null
                && comm == null && pid < 0 && priority < 0 && !kernelTransport;
    }

    /** True when {@code name} is a field this class keeps (others need not be decoded). */
    static boolean isUsed(String name) {
        switch (name) {
            case "MESSAGE": case "__REALTIME_TIMESTAMP": case "__MONOTONIC_TIMESTAMP": case "_SOURCE_MONOTONIC_TIMESTAMP":
            case "_SOURCE_REALTIME_TIMESTAMP": case "_BOOT_ID": case "PRIORITY": case "SYSLOG_IDENTIFIER": case "_COMM":
            case "_PID": case "_TRANSPORT":
                return true;
            default:
                return false;
        }
    }

    /** Sets field {@code name} to the bytes {@code value[off, off+len)}. */
    void field(String name, byte[] value, int off, int len) {
        switch (name) {
            case "MESSAGE":
                if (messageLength < 0) {
                    if (message.length < len) {
                        message = Arrays.copyOf(message, Math.max(len, message.length * 2));
                    }
                    System.arraycopy(value, off, message, 0, len);
                    messageLength = len;
                }
                break;
            case "__REALTIME_TIMESTAMP":
                realtimeUs = first(realtimeUs, number(value, off, len));
                break;
            case "__MONOTONIC_TIMESTAMP":
                monotonicUs = first(monotonicUs, number(value, off, len));
                break;
            case "_SOURCE_MONOTONIC_TIMESTAMP":
                sourceMonotonicUs = first(sourceMonotonicUs, number(value, off, len));
                break;
            case "_SOURCE_REALTIME_TIMESTAMP":
                sourceRealtimeUs = first(sourceRealtimeUs, number(value, off, len));
                break;
            case "PRIORITY":
                if (priority < 0) {
                    long p = number(value, off, len);
                    priority = p >= 0 && p <= 7 ? (int) p : -1;
                }
                break;
            case "_PID":
                if (pid < 0) {
                    long p = number(value, off, len);
                    pid = p >= 0 && p <= Integer.MAX_VALUE ? (int) p : -1;
                }
                break;
            case "_BOOT_ID":
                bootId = bootId != null ? bootId : text(value, off, len);
                break;
            case "SYSLOG_IDENTIFIER":
                ident = ident != null ? ident : text(value, off, len);
                break;
            case "_COMM":
                comm = comm != null ? comm : text(value, off, len);
                break;
            case "_TRANSPORT":
                kernelTransport |= Bytes.startsWith(value, off, off + len, "kernel") && len == 6;
                break;
            default:
                break;
        }
    }

    /** A text field as JSON gives it. */
    void field(String name, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        field(name, bytes, 0, bytes.length);
    }

    byte[] message() {
        return message;
    }

    /** Length of the message, or -1 when the entry had none. */
    int messageLength() {
        return messageLength;
    }

    private static long first(long current, long value) {
        return current != NONE ? current : value;
    }

    private static long number(byte[] value, int off, int len) {
        long n = Bytes.parseLong(value, off, off + len);
        return n == Bytes.NONE ? NONE : n;
    }

    private static String text(byte[] value, int off, int len) {
        return new String(value, off, len, StandardCharsets.UTF_8);
    }
}
