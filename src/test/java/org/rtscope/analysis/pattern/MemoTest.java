package org.rtscope.analysis.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void threadsAskingForTheSameKeyShareOneComputation() throws Exception {
        Memo memo = new Memo();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch bothAsking = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.of(() -> ask(memo, computed, bothAsking),
                    () -> ask(memo, computed, bothAsking)));
            assertEquals(42, answers.get(0).get());
            assertEquals(42, answers.get(1).get());
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static int ask(Memo memo, AtomicInteger computed, CountDownLatch bothAsking) throws InterruptedException {
        bothAsking.countDown();
        bothAsking.await();
        return memo.get("answer", () -> {
            computed.incrementAndGet();
            sleep();
            return 42;
        });
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aComputationMayAskForAnotherKey() {
        Memo memo = new Memo();
        int outer = memo.get("outer", () -> memo.<Integer>get("inner", () -> 20) + 1);
        assertEquals(21, outer);
        assertEquals(20, memo.<Integer>get("inner", () -> -1));
    }

    @Test
    void aFailureReachesEveryCallerAsItself() {
        Memo memo = new Memo();
        IllegalArgumentException first = assertThrows(IllegalArgumentException.class,
                () -> memo.get("bad", () -> {
                    throw new IllegalArgumentException("broken spec");
                }));
        assertEquals("broken spec", first.getMessage());
        assertThrows(IllegalArgumentException.class, () -> memo.get("bad", () -> 1));
    }
}
