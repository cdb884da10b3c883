package org.rtscope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Kinds indexed together in one pass give exactly what indexing each on request gives. */
class EventsByKindTest {
    private static final String[] NAMES = {"sched_switch", "sched_wakeup", "local_timer_entry",
        "hrtimer_expire_entry", "sched_waking", "my_marker"};

    private static Trace randomTrace(long seed) {
        TraceBuilder builder = new TraceBuilder();
        int[] types = new int[NAMES.length];
        for (int t = 0; t < NAMES.length; t++) {
            types[t] = builder.eventType(NAMES[t]);
        }
        Random random = new Random(seed);
        for (int i = 0; i < 5000; i++) {
            int type = types[random.nextInt(types.length)];
            builder.add(i, random.nextInt(2), 10 + random.nextInt(5), type, 0, 0, 0, 0, 0, i + 1);
        }
        return builder.build();
    }

    @Test
    void kindsIndexedTogetherEqualKindsIndexedOneByOne() {
        Set<EventKind> together = EnumSet.of(EventKind.SCHED_WAKEUP, EventKind.LOCAL_TIMER_ENTRY,
                EventKind.HRTIMER_EXPIRE_ENTRY, EventKind.SIGNAL_DELIVER);
        Trace prepared = randomTrace(7);
        Trace onRequest = randomTrace(7);
        prepared.eventsOf(EventKind.SCHED_WAKEUP); // one kind already indexed is kept, not rebuilt
        prepared.indexKinds(together);
        for (EventKind kind : EventKind.values()) {
            assertArrayEquals(onRequest.eventsOf(kind), prepared.eventsOf(kind), kind.name());
        }
        assertEquals(0, prepared.eventsOf(EventKind.SIGNAL_DELIVER).length);
        int wakeups = 0;
        for (int i = 0; i < prepared.size(); i++) {
            wakeups += prepared.kind(i) == EventKind.SCHED_WAKEUP ? 1 : 0;
        }
        assertEquals(wakeups, prepared.eventsOf(EventKind.SCHED_WAKEUP).length);
    }
}
