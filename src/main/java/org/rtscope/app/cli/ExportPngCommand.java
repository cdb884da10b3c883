package org.rtscope.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.CaseAnalyzer;
import org.rtscope.analysis.CaseReport;
import org.rtscope.analysis.pattern.PatternLibrary;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.export.report.PngReport;
import org.rtscope.export.report.ReportImage;
import org.rtscope.export.report.ReportInput;
import org.rtscope.model.Case;
import org.rtscope.timeline.TimelineData;
import org.rtscope.timeline.TimeFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rtscope export-png}: the annotated report of a case as a PNG, without a display — for CI jobs
 * that attach a picture of the failure to a ticket, and for users who want to send one without opening
 * the window. Renders with JavaFX's headless platform (Monocle) and the window's own timeline renderer.
 */
@Command(name = "export-png", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Writes the annotated report of the files (lanes, numbered findings with their evidence, "
                + "legend) as a PNG. Needs no display.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written",
            "2:bad options, or an input is unreadable (written from the rest), or no file held trace events"})
public final class ExportPngCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The PNG file to write.")
    private Path out;

    @Option(names = "--width", defaultValue = "1920", paramLabel = "W",
            description = "Width in pixels (default ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", defaultValue = "1080", paramLabel = "H",
            description = "Height in pixels (default ${DEFAULT-VALUE}).")
    private int height;

    @Option(names = "--from", paramLabel = "S",
            description = "Start of the range shown, seconds on the trace clock (default: the start).")
    private Double from;

    @Option(names = "--to", paramLabel = "S",
            description = "End of the range shown, seconds on the trace clock (default: the end).")
    private Double to;

    @Mixin
    private RtBandwidthOptions bandwidth;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Trace files, logs, backtraces of one case.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        try {
            ReportImage.checkSize(width, height);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        AnalysisSettings settings = bandwidth.settings(spec);
        long started = System.nanoTime();
        PngReport.prepare();
        CompletableFuture<PatternLibrary> patterns = CaseInput.patternsInBackground();
        PrintWriter err = spec.commandLine().getErr();
        Case loaded = CaseInput.load(files, err);
        CaseReport report = CaseInput.report(loaded, settings, patterns, err);
        CaseAnalysis analysis = CaseAnalyzer.analyze(loaded, report);
        int exit = CaseInput.reportUnreadable(analysis, err);
        if (!analysis.hasEvents()) {
            err.println("rtscope: no trace events in the given files; nothing written");
            return CaseInput.UNREADABLE_INPUT;
        }
        TimelineData timeline = TimelineData.of(loaded).withAnalysis(report.findings(), report.throttleWindows());
        long start = from == null ? timeline.start() : Math.max(timeline.start(), Math.round(from * 1e9));
        long end = to == null ? timeline.end() : Math.min(timeline.end(), Math.round(to * 1e9));
        if (end <= start) {
            throw new ParameterException(spec.commandLine(), "--from/--to select nothing: the case spans "
                    + TimeFormat.seconds(timeline.start(), 6) + " – " + TimeFormat.seconds(timeline.end(), 6) + " s");
        }
        String name = ReportInput.nameOf(Path.of(loaded.primary().report().path()));
        ReportInput input = new ReportInput(name, timeline, analysis, List.of(), List.of(), start, end,
                from == null && to == null, ManifestVersion.value(), Instant.now());
        PngReport.write(input, width, height, out);
        int findings = analysis.findings().size();
        err.printf(Locale.ROOT, "rtscope: wrote %s (%dx%d, %d finding%s) in %.2f s%n", out, width, height, findings,
                findings == 1 ? "" : "s", (System.nanoTime() - started) / 1e9);
        return exit;
    }
}
