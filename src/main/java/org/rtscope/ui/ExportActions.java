package org.rtscope.ui;

import java.io.File;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.CaseAnalyzer;
import org.rtscope.analysis.CaseReport;
import org.rtscope.export.AnalysisJson;
import org.rtscope.export.BuildVersion;
import org.rtscope.export.PerfettoJson;
import org.rtscope.export.report.ReportInput;
import org.rtscope.model.Case;
import org.rtscope.workspace.AtomicFile;

/**
 * The File menu's exports: the annotated PNG report (Ctrl+E, with a preview, {@link ExportDialog}), the analysis
 * JSON of {@code analyze --json}, and the Chrome trace-event JSON that Perfetto's UI opens. Analysing
 * and writing run in the background; the result is announced by a notification.
 */
public final class ExportActions {
    private final MainWindow window;
    private final CaseFileActions caseFiles;

    public ExportActions(MainWindow window, CaseFileActions caseFiles) {
        this.window = window;
        this.caseFiles = caseFiles;
    }

    /** Analyses the open case in the background and opens the report dialog on it. */
    public void exportPng() {
        withAnalysis(analysis -> new ExportDialog(owner(), caseFiles.notifier(), range -> reportInput(analysis, range),
                suggested("-report.png")).show());
    }

    /** Writes the analysis JSON (as {@code analyze --json}) to a file the user picks. */
    public void exportJson() {
        Path out = chooseTarget("Export analysis JSON", "-analysis.json", "JSON", "*.json");
        if (out == null) {
            return;
        }
        Case open = window.currentCase();
        write(out, () -> {
            CaseAnalysis analysis = analyse(open);
            AtomicFile.write(out, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                AnalysisJson.write(analysis, BuildVersion.value(), writer);
                writer.flush();
            });
            return analysis.findings().size() + " findings";
        });
    }

    /** Writes the shown trace as Chrome trace-event JSON for Perfetto's UI to a file the user picks. */
    public void exportPerfetto() {
        Path out = chooseTarget("Export for Perfetto", "-perfetto.json", "Chrome trace-event JSON", "*.json");
        if (out == null) {
            return;
        }
        Case.Source primary = window.currentCase().primary();
        write(out, () -> {
            PerfettoJson.Counts[] counts = new PerfettoJson.Counts[1];
            AtomicFile.write(out, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                counts[0] = PerfettoJson.write(primary.trace(), primary.report().path(), BuildVersion.value(), writer);
            });
            return counts[0].slices() + " slices on " + counts[0].tracks() + " CPU tracks; open it at ui.perfetto.dev";
        });
    }

    /** The analysis of {@code open} with the pattern engine's findings (off the FX thread: it reads the whole case). */
    static CaseAnalysis analyse(Case open) {
        return CaseAnalyzer.analyze(open, CaseReport.run(open));
    }

    private ReportInput reportInput(CaseAnalysis analysis, ExportDialog.Range range) {
        Case open = window.currentCase();
        String name = caseFiles.caseFile() != null ? String.valueOf(caseFiles.caseFile().getFileName())
                : ReportInput.nameOf(Path.of(open.primary().report().path()));
        boolean whole = range == ExportDialog.Range.WHOLE_CASE;
        long[] trace = ReportInput.traceRange(open);
        long from = whole ? trace[0] : Math.round(window.viewport().start());
        long to = whole ? trace[1] : Math.round(window.viewport().end());
        return new ReportInput(name, open, analysis, caseFiles.markers(), caseFiles.notes(), from, Math.max(to, from + 1),
                whole, BuildVersion.value(), Instant.now());
    }

    private void withAnalysis(Consumer<CaseAnalysis> then) {
        Case open = window.currentCase();
        if (open == null) {
            caseFiles.notifier().problem("Nothing to export", "Open traces or logs first.");
            return;
        }
        BackgroundJob.run("analyse", () -> analyse(open), then,
                e -> caseFiles.notifier().problem("Could not analyse the case", String.valueOf(e.getMessage())));
    }

    private void write(Path out, Callable<String> work) {
        BackgroundJob.run("export", work,
                summary -> caseFiles.notifier().done("Exported " + out.getFileName(), summary),
                e -> caseFiles.notifier().problem("Could not export " + out.getFileName(), String.valueOf(e.getMessage())));
    }

    private Path chooseTarget(String title, String suffix, String kind, String pattern) {
        if (window.currentCase() == null || window.currentCase().primary() == null) {
            caseFiles.notifier().problem("Nothing to export", "Open traces or logs first.");
            return null;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        Path suggested = suggested(suffix);
        if (suggested.getParent() != null && suggested.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(suggested.getParent().toFile());
        }
        chooser.setInitialFileName(String.valueOf(suggested.getFileName()));
        File chosen = chooser.showSaveDialog(owner());
        return chosen == null ? null : chosen.toPath();
    }

    /** Beside the case file (or the main trace), named after it with {@code suffix}. */
    private Path suggested(String suffix) {
        Path base = caseFiles.caseFile() != null ? caseFiles.caseFile()
                : Path.of(window.currentCase().primary().report().path());
        base = base.toAbsolutePath();
        return base.resolveSibling(String.valueOf(base.getFileName()).replaceFirst("\\.[^.]*$", "") + suffix);
    }

    private Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }
}
