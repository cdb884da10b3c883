package org.rtscope.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.CaseReport;
import org.rtscope.analysis.SourceSummary;
import org.rtscope.analysis.pattern.PatternLibrary;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.model.Case;

/**
 * The FILE... arguments of the export commands: loaded as one case with progress on a terminal, and
 * every file that gave nothing named on stderr with the reason, as {@code analyze} does, so all
 * commands agree on what "unreadable" means and on exit code 2.
 */
final class CaseInput {
    /** Exit code when an input could not be read (as {@link AnalyzeCommand#UNREADABLE_INPUT}). */
    static final int UNREADABLE_INPUT = AnalyzeCommand.UNREADABLE_INPUT;

    private CaseInput() {
    }

    static Case load(List<Path> files, PrintWriter err) {
        try (ConsoleProgress progress = ConsoleProgress.onStderr(err)) {
            return CaseLoader.load(files, progress);
        }
    }

    /**
     * The pattern specs (built-in and the user's), read on another thread: a cold JVM takes longer for
     * that than for loading a sample trace, and the two do not depend on each other. Started before the
     * command line was parsed when {@link PatternPrefetch} was.
     */
    static CompletableFuture<PatternLibrary> patternsInBackground() {
        return PatternPrefetch.take();
    }

    /**
     * What the pattern engine says about {@code loaded}, as for {@code analyze}; its messages (a user
     * pattern file it skipped) go to {@code err}.
     */
    static CaseReport report(Case loaded, AnalysisSettings settings, CompletableFuture<PatternLibrary> patterns,
                             PrintWriter err) {
        CaseReport report = CaseReport.run(loaded, settings, patterns.join());
        report.messages().forEach(m -> err.printf("rtscope: %s%n", m));
        return report;
    }

    /** Names each unreadable source on {@code err}; returns the exit code so far (0 or 2). */
    static int reportUnreadable(CaseAnalysis analysis, PrintWriter err) {
        for (SourceSummary source : analysis.sources()) {
            if (!source.isReadable()) {
                err.printf("rtscope: cannot use %s: %s%n", source.path(), source.problem());
            }
        }
        err.flush();
        return analysis.hasUnreadableSource() ? UNREADABLE_INPUT : 0;
    }
}
