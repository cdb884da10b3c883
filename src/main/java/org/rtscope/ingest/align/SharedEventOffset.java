package org.rtscope.ingest.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

/**
 * Measures the clock offset between two recordings of the same machine from events both recorded:
 * ftrace's {@code local} clock and perf's clock differ by tens of milliseconds (34.2 ms on the
 * recordings here), and a perf script and an ftrace text of one incident only line up once that is
 * known.
 *
 * <p>Only events that identify themselves are used — signals (signal, code, target), forks (child),
 * execs and exits (pid) — and only identities that occur exactly once in each trace. The offset is the
 * median of the pairwise differences; it is trusted when enough pairs agree within a millisecond.
 */
public final class SharedEventOffset {
    /** Fewer matching pairs than this are not trusted. */
    static final int MIN_PAIRS = 3;
    /** Pairs must agree with the median within this many nanoseconds. */
    static final long AGREEMENT_NS = 1_000_000;

    /** What identifies an event across recordings. */
    private record Key(EventKind kind, int a, int b, int c) {
    }

    /** An offset and how many shared events support it. */
    public record Result(long offsetNs, int pairs) {
    }

    private SharedEventOffset() {
    }

    /** The offset to add to {@code other}'s times to put them on {@code reference}'s clock, or null. */
    public static Result measure(Trace reference, Trace other) {
        Map<Key, Long> ref = uniqueKeys(reference);
        Map<Key, Long> oth = uniqueKeys(other);
        List<Long> diffs = new ArrayList<>();
        for (Map.Entry<Key, Long> e : oth.entrySet()) {
            Long t = ref.get(e.getKey());
            if (t != null && t != Long.MIN_VALUE && e.getValue() != Long.MIN_VALUE) {
                diffs.add(t - e.getValue());
            }
        }
        if (diffs.size() < MIN_PAIRS) {
            return null;
        }
        long[] sorted = diffs.stream().mapToLong(Long::longValue).sorted().toArray();
        long median = sorted[sorted.length / 2];
        int agreeing = 0;
        for (long d : sorted) {
            if (Math.abs(d - median) <= AGREEMENT_NS) {
                agreeing++;
            }
        }
        return agreeing >= MIN_PAIRS && agreeing * 2 > sorted.length ? new Result(median, agreeing) : null;
    }

    /** Key → time for identity-carrying events; keys seen twice map to MIN_VALUE (ambiguous). */
    private static Map<Key, Long> uniqueKeys(Trace trace) {
        Map<Key, Long> keys = new HashMap<>();
        for (int i = 0; i < trace.size(); i++) {
            Key key = key(trace, i);
            if (key != null) {
                keys.merge(key, trace.ts(i), (a, b) -> Long.MIN_VALUE);
            }
        }
        return keys;
    }

    private static Key key(Trace trace, int i) {
        EventKind kind = trace.kind(i);
        switch (kind) {
            case SIGNAL_GENERATE:
                return new Key(kind, trace.arg(i, 0), trace.arg(i, 2), trace.arg(i, 1));
            case SCHED_PROCESS_FORK:
                return new Key(kind, trace.arg(i, 1), 0, 0);
            case SCHED_PROCESS_EXEC:
            case SCHED_PROCESS_EXIT:
                return new Key(kind, trace.arg(i, 0), 0, 0);
            default:
                return null;
        }
    }
}
