package org.rtscope.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.concurrent.Task;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.timeline.TimelineData;

/**
 * Runs a {@link CaseRequest} off the FX thread (a new case from files, files added to the open case,
 * a case file), and there too derives what the timeline draws ({@link TimelineData}: interrupt
 * intervals, markers, RT task tracks) and runs the analyzer, if any. The importer's byte progress
 * becomes the task's progress, and the importer polls two ways to stop: {@link #stopEarly()} (the
 * user's Cancel: the task still succeeds with what was read so far, which the importer marks as
 * partial) and {@link #cancel()} (a newer load replaces this one: the result is thrown away).
 */
final class CaseLoadTask extends Task<CaseLoadTask.Loaded> {

    /** The loaded case, its timeline, and what the analyzer found (null without an analyzer). */
    record Loaded(Case aCase, TimelineData timeline, MainWindow.Analysis analysis) {
    }

    private final CaseRequest request;
    private final Function<Case, MainWindow.Analysis> analyzer;
    private final AtomicBoolean stopEarly = new AtomicBoolean();

    /** {@code analyzer} (may be null) runs on the loaded case before the task finishes. */
    CaseLoadTask(CaseRequest request, Function<Case, MainWindow.Analysis> analyzer) {
        this.request = request;
        this.analyzer = analyzer;
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
    protected Loaded call() {
        Case loaded = request.loader().apply(new ImportMonitor() {
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
        if (isCancelled()) {
            return new Loaded(loaded, null, null);
        }
        updateMessage("Preparing the timeline");
        TimelineData timeline = TimelineData.of(loaded);
        MainWindow.Analysis analysis = analyzer == null ? null : analyzer.apply(loaded);
        return new Loaded(loaded, timeline, analysis);
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
