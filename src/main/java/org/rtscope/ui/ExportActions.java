package org.rtscope.ui;

import java.io.File;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.List;
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
import org.rtscope.timeline.TimelineData;
import org.rtscope.workspace.CaseDocument;
import org.rtscope.workspace.AtomicFile;

/**
 * The File menu's exports: the annotated PNG report (Ctrl+E, with a preview, {@link ExportDialog}), the
 * analysis JSON of {@code analyze --json}, and the Chrome trace-event JSON that Perfetto's UI opens. They
 * use what the window already has — the timeline data with the pattern engine's findings and throttle
 * windows — and compute the per-CPU and per-task figures in the background; writing runs in the
 * background too, and the result is announced by a notification.
 */
public final class ExportActions {
    private final MainWindow window;
    private final CaseFileActions caseFiles;

    public ExportActions(MainWindow window, CaseFileActions caseFiles) {
        this.window = window;
        this.caseFiles = caseFiles;
    }

    /** Opens the report dialog on the case shown. */
    public void exportPng() {
        TimelineData data = shown();
        if (data != null) {
            BackgroundJob.run("analyse", () -> analysis(data),
                    analysis -> new ExportDialog(owner(), caseFiles.notifier(), range -> reportInput(data, analysis, range),
                            suggested("-report.png")).show(),
                    e -> caseFiles.notifier().problem("Could not analyse the case", String.valueOf(e.getMessage())));
        }
    }

    /** Writes the analysis JSON (as {@code analyze --json}) to a file the user picks. */
    public void exportJson() {
        TimelineData data = shown();
        Path out = data == null ? null : chooseTarget("Export analysis JSON", "-analysis.json", "JSON", "*.json");
        if (out == null) {
            return;
        }
        write(out, () -> {
            CaseAnalysis analysis = analysis(data);
            AtomicFile.write(out, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                AnalysisJson.write(analysis, BuildVersion.value(), writer);
                writer.flush();
            });
            int findings = analysis.findings().size();
            return findings + (findings == 1 ? " finding" : " findings");
        });
    }

    /** Writes the shown trace as Chrome trace-event JSON for Perfetto's UI to a file the user picks. */
    public void exportPerfetto() {
        TimelineData data = shown();
        if (data != null && data.trace().isEmpty()) {
            caseFiles.notifier().problem("Nothing to export for Perfetto", "The case has no trace events.");
            return;
        }
        Path out = data == null ? null
                : chooseTarget("Export for Perfetto", "-perfetto.json", "Chrome trace-event JSON", "*.json");
        if (out == null) {
            return;
        }
        Case.Source primary = data.source().primary();
        write(out, () -> {
            PerfettoJson.Counts[] counts = new PerfettoJson.Counts[1];
            AtomicFile.write(out, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                counts[0] = PerfettoJson.write(primary.trace(), primary.report().path(), BuildVersion.value(), writer);
            });
            return counts[0].slices() + " slices on " + counts[0].tracks() + " CPU tracks; open it at ui.perfetto.dev";
        });
    }

    /** The figures of the shown case with the findings and throttle windows the window has (off the FX thread). */
    private static CaseAnalysis analysis(TimelineData data) {
        return CaseAnalyzer.analyze(data.source(), new CaseReport(data.findings(), data.throttleWindows(), List.of()));
    }

    private ReportInput reportInput(TimelineData data, CaseAnalysis analysis, ExportDialog.Range range) {
        String name = caseFiles.caseFile() != null ? String.valueOf(caseFiles.caseFile().getFileName())
                : ReportInput.nameOf(Path.of(data.source().sources().get(0).report().path()));
        List<CaseDocument.Marker> markers = ViewStates.markers(window);
        if (range == ExportDialog.Range.WHOLE_CASE) {
            return ReportInput.whole(name, data, analysis, markers, caseFiles.notes(), BuildVersion.value(), Instant.now());
        }
        long from = Math.round(window.viewport().start());
        long to = Math.round(window.viewport().end());
        return new ReportInput(name, data, analysis, markers, caseFiles.notes(), from, Math.max(to, from + 1), false,
                BuildVersion.value(), Instant.now());
    }

    /** The timeline data on screen, or null after telling the user there is nothing to export. */
    private TimelineData shown() {
        TimelineData data = window.timeline().data();
        if (data == null) {
            caseFiles.notifier().problem("Nothing to export", "Open traces or logs first.");
        }
        return data;
    }

    private void write(Path out, Callable<String> work) {
        BackgroundJob.run("export", work,
                summary -> caseFiles.notifier().done("Exported " + out.getFileName(), summary),
                e -> caseFiles.notifier().problem("Could not export " + out.getFileName(), String.valueOf(e.getMessage())));
    }

    private Path chooseTarget(String title, String suffix, String kind, String pattern) {
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
                : Path.of(window.shownCase().sources().get(0).report().path());
        base = base.toAbsolutePath();
        return base.resolveSibling(String.valueOf(base.getFileName()).replaceFirst("\\.[^.]*$", "") + suffix);
    }

    private Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }
}
