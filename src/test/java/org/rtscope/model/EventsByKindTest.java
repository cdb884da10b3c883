package org.rtscope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The kinds indexed while a trace is built, and the per-CPU counts made in the same pass, equal what a
 * scan of the finished trace finds: in order, out of order (sorted before deriving) and joined from parts.
 */
class EventsByKindTest {
    private static final String[] NAMES = {"sched_switch", "sched_wakeup", "local_timer_entry",
        "hrtimer_expire_entry", "sched_waking", "signal_generate", "my_marker", "sched_wakeup_new"};

    /** Events {@code from}..{@code to} of a seeded random recording, each builder interning names in its own order. */
    private static TraceBuilder randomEvents(long seed, int from, int to, boolean shuffledTime) {
        TraceBuilder builder = new TraceBuilder();
        Random random = new Random(seed);
        for (int i = 0; i < to; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            int cpu = random.nextInt(3) - (random.nextInt(50) == 0 ? 4 : 0); // a few events without a CPU
            int tid = 10 + random.nextInt(5);
            long ts = shuffledTime ? random.nextInt(1000) : i;
            if (i >= from) {
                // string slots (hrtimer functions) hold the empty string's id 0
                builder.add(ts, cpu, tid, builder.eventType(name), 0, 0, 120, 0, 0, i + 1);
            }
        }
        return builder;
    }

    private static void assertIndicesAndCountsMatchAScan(Trace trace) {
        for (EventKind kind : EventKind.values()) {
            List<Integer> scanned = new ArrayList<>();
            for (int i = 0; i < trace.size(); i++) {
                if (trace.kind(i) == kind) {
                    scanned.add(i);
                }
            }
            assertArrayEquals(scanned.stream().mapToInt(Integer::intValue).toArray(), trace.eventsOf(kind),
                    kind.name());
        }
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            int count = 0;
            for (int i = 0; i < trace.size(); i++) {
                count += trace.cpu(i) == cpu ? 1 : 0;
            }
            assertEquals(count, trace.eventsOn(cpu), "CPU " + cpu);
        }
    }

    @Test
    void upFrontKindsAreIndexedWhileBuildingAndEqualAScan() {
        Trace trace = randomEvents(7, 0, 5000, false).build();
        assertTrue(trace.eventsOf(EventKind.SCHED_WAKEUP).length > 0);
        assertTrue(EventsByKind.UP_FRONT.contains(EventKind.SCHED_WAKEUP));
        assertIndicesAndCountsMatchAScan(trace);
    }

    @Test
    void eventsSortedBeforeDerivingAreIndexedInTheirFinalOrder() {
        assertIndicesAndCountsMatchAScan(randomEvents(11, 0, 5000, true).build());
    }

    @Test
    void aJoinedTraceIsIndexedAsOneBuilderWouldHave() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Trace joined = TraceBuilder.join(
                    List.of(randomEvents(3, 0, 2000, false), randomEvents(3, 2000, 4500, false)),
                    new int[] {0, 2000}, pool);
            Trace whole = randomEvents(3, 0, 4500, false).build();
            assertIndicesAndCountsMatchAScan(joined);
            for (EventKind kind : EventKind.values()) {
                assertArrayEquals(whole.eventsOf(kind), joined.eventsOf(kind), kind.name());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void typesRarerThanOneIn256AreIndexedAndCommonOnesAreNot() {
        TraceBuilder builder = new TraceBuilder();
        int common = builder.eventType("sched_switch");
        int rare = builder.eventType("irq_handler_exit");
        int other = builder.eventType("my_marker");
        List<Integer> rareAt = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int type = i % 997 == 5 ? rare : i % 2000 == 7 ? other : common;
            if (type == rare) {
                rareAt.add(i);
            }
            builder.add(i, 0, 10, type, 0, 10, 11, 0, 0, i + 1);
        }
        Trace trace = builder.build();
        assertArrayEquals(rareAt.stream().mapToInt(Integer::intValue).toArray(), trace.rareTypeEvents(rare));
        assertEquals(5, trace.rareTypeEvents(other).length);
        assertEquals(null, trace.rareTypeEvents(common));
    }

    @Test
    void cpusThatLoggedNothingCountZero() {
        TraceBuilder builder = new TraceBuilder();
        builder.declareCpus(3);
        int timer = builder.eventType("local_timer_entry");
        builder.add(1, 0, 5, timer, 0, 236, 0, 0, 0, 1);
        builder.add(2, 2, 5, timer, 0, 236, 0, 0, 0, 2);
        builder.add(3, 2, 5, timer, 0, 236, 0, 0, 0, 3);
        Trace trace = builder.build();
        assertEquals(1, trace.eventsOn(0));
        assertEquals(0, trace.eventsOn(1));
        assertEquals(2, trace.eventsOn(2));
    }
}
