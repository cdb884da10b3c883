package org.rtscope.analysis.pattern;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Values computed once per key and shared between threads. Unlike {@code ConcurrentHashMap.computeIfAbsent},
 * a computation may itself ask for other keys (the RT budget needs the task slices), and a thread asking
 * for a key being computed waits for that result rather than computing it a second time.
 */
final class Memo {
    private final ConcurrentMap<Object, FutureTask<Object>> values = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        FutureTask<Object> task = values.get(key);
        if (task == null) {
            FutureTask<Object> mine = new FutureTask<>(compute::get);
            task = values.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        try {
            return (T) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("analysis interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
