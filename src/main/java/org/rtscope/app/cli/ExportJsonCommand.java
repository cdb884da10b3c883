package org.rtscope.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.CaseAnalyzer;
import org.rtscope.analysis.pattern.PatternLibrary;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.export.AnalysisJson;
import org.rtscope.model.Case;
import org.rtscope.workspace.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rtscope export-json}: the {@code analyze --json} document written to a file, for the GUI's
 * "Export analysis JSON" twin and for scripts that want a file rather than stdout.
 */
@Command(name = "export-json", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Writes the analysis of the files (the 'analyze --json' document) to a file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:an input is unreadable (the file is still written with the rest)"})
public final class ExportJsonCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The JSON file to write.")
    private Path out;

    @Mixin
    private RtBandwidthOptions bandwidth;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Trace files, logs, backtraces of one case.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        AnalysisSettings settings = bandwidth.settings(spec);
        CompletableFuture<PatternLibrary> patterns = CaseInput.patternsInBackground();
        Case loaded = CaseInput.load(files, err);
        CaseAnalysis analysis = CaseAnalyzer.analyze(loaded, () -> CaseInput.report(loaded, settings, patterns, err));
        AtomicFile.write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            AnalysisJson.write(analysis, ManifestVersion.value(), writer);
            writer.flush();
        });
        int findings = analysis.findings().size();
        err.printf("rtscope: wrote %s (%d finding%s)%n", out, findings, findings == 1 ? "" : "s");
        return CaseInput.reportUnreadable(analysis, err);
    }
}
