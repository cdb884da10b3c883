package org.rtscope.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;

/**
 * Runs a {@link CaseRequest} off the FX thread. The importer's byte progress becomes the task's
 * progress, and the importer polls two ways to stop: {@link #stopEarly()} (the user's Cancel: the task
 * still succeeds with what was read so far, which the importer marks as partial) and
 * {@link #cancel()} (a newer load replaces this one: the result is thrown away).
 */
final class CaseLoadTask extends Task<Case> {
    private final CaseRequest request;
    private final AtomicBoolean stopEarly = new AtomicBoolean();

    CaseLoadTask(CaseRequest request) {
        this.request = request;
        updateTitle(request.title());
    }

    /** Stops reading and keeps what has been read. */
    void stopEarly() {
        stopEarly.set(true);
    }

    CaseRequest request() {
        return request;
    }

    @Override
    protected Case call() {
        return request.loader().apply(new ImportMonitor() {
            @Override
            public void progress(long done, long total) {
                if (total > 0) {
                    updateProgress(done, total);
                }
            }

            @Override
            public boolean isCancelled() {
                return stopEarly.get() || CaseLoadTask.this.isCancelled();
            }
        });
    }

    /** "a.txt" or "a.txt and 2 more". */
    static String describe(List<Path> paths) {
        if (paths.isEmpty()) {
            return "nothing";
        }
        String first = String.valueOf(paths.get(0).getFileName());
        return paths.size() == 1 ? first : first + " and " + (paths.size() - 1) + " more";
    }
}
