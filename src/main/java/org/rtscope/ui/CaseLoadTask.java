package org.rtscope.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;

/**
 * Loads files as a {@link Case} off the FX thread. The importer's byte progress becomes the task's
 * progress and the task's cancellation is what the importer polls, so the status bar's progress bar
 * and Cancel button drive the parser directly.
 */
final class CaseLoadTask extends Task<Case> {
    private final List<Path> paths;

    CaseLoadTask(List<Path> paths) {
        this.paths = List.copyOf(paths);
        updateTitle(describe(paths));
    }

    List<Path> paths() {
        return paths;
    }

    @Override
    protected Case call() {
        return CaseLoader.load(paths, new ImportMonitor() {
            @Override
            public void progress(long done, long total) {
                if (total > 0) {
                    updateProgress(done, total);
                }
            }

            @Override
            public boolean isCancelled() {
                return CaseLoadTask.this.isCancelled();
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
