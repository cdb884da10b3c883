package org.rtscope.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work that may take a moment (analysing a case, writing an export) on a daemon thread and hands
 * the result, or the failure, back on the FX thread, so the window never freezes while a file is written.
 */
final class BackgroundJob {

    private BackgroundJob() {
    }

    static <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        Thread thread = new Thread(task, "rtscope-" + name);
        thread.setDaemon(true);
        thread.start();
    }
}
