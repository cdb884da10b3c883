package org.rtscope.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rtscope.analysis.CaseAnalyzer;
import org.rtscope.export.PerfettoJson;
import org.rtscope.model.Case;
import org.rtscope.workspace.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rtscope export-perfetto}: the case's main trace as Chrome trace-event JSON, which Perfetto's
 * UI (ui.perfetto.dev) and {@code chrome://tracing} open, so users can continue in those tools.
 */
@Command(name = "export-perfetto", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Writes the trace as Chrome trace-event JSON for Perfetto's UI or chrome://tracing: one track "
                + "per CPU with the tasks' run slices, instant events for signals and interrupts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:an input is unreadable (written from the rest), or no file held trace events"})
public final class ExportPerfettoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The JSON file to write.")
    private Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Trace files of one case (the largest is written).")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Case loaded = CaseInput.load(files, err);
        int exit = CaseInput.reportUnreadable(CaseAnalyzer.analyze(loaded), err);
        Case.Source primary = loaded.primary();
        if (primary == null || primary.trace().isEmpty()) {
            err.println("rtscope: no trace events in the given files; nothing written");
            return CaseInput.UNREADABLE_INPUT;
        }
        PerfettoJson.Counts[] counts = new PerfettoJson.Counts[1];
        AtomicFile.write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            counts[0] = PerfettoJson.write(primary.trace(), primary.report().path(), ManifestVersion.value(), writer);
        });
        err.printf("rtscope: wrote %s (%d CPU tracks, %d slices, %d instant events)%n", out, counts[0].tracks(),
                counts[0].slices(), counts[0].instants());
        return exit;
    }
}
