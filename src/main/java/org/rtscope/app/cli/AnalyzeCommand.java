package org.rtscope.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.CaseAnalyzer;
import org.rtscope.analysis.Severity;
import org.rtscope.analysis.pattern.PatternLibrary;
import org.rtscope.export.AnalysisJson;
import org.rtscope.export.AnalysisText;
import org.rtscope.model.Case;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rtscope analyze}: loads files as one case and prints what the analysis found, as text for a
 * person or as the JSON of DESIGN.md for scripts and CI. Exit codes let a CI job gate on findings.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Loads the files as one case and prints a summary (or JSON with --json).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (also when there are findings, unless --fail-on is met)",
            "2:an input is unreadable (missing, unknown format, no events); the rest is still reported",
            "3:a finding is at least as severe as --fail-on (and every input was read)"})
public final class AnalyzeCommand implements Callable<Integer> {
    /** Exit code when an input could not be read. */
    public static final int UNREADABLE_INPUT = 2;
    /** Exit code when {@code --fail-on} is met. */
    public static final int FAIL_ON_MET = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the analysis as JSON.")
    private boolean json;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 3 when a finding is this severe or worse: info, warning, error or critical.")
    private Severity failOn;

    @Option(names = "--rt-period-us", paramLabel = "US", defaultValue = "1000000",
            description = "kernel.sched_rt_period_us of the traced machine (default: ${DEFAULT-VALUE}).")
    private long rtPeriodUs;

    @Option(names = "--rt-runtime-us", paramLabel = "US", defaultValue = "950000",
            description = "kernel.sched_rt_runtime_us of the traced machine, -1 for unlimited (default: ${DEFAULT-VALUE}).")
    private long rtRuntimeUs;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Trace files, logs, backtraces of one case.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        AnalysisSettings settings;
        try {
            settings = AnalysisSettings.ofMicros(rtPeriodUs, rtRuntimeUs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        CompletableFuture<PatternLibrary> patterns = CaseInput.patternsInBackground();
        Case loaded = CaseInput.load(files, err);
        CaseAnalysis analysis = CaseAnalyzer.analyze(loaded, () -> CaseInput.report(loaded, settings, patterns, err));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            AnalysisJson.write(analysis, ManifestVersion.value(), out);
        } else {
            AnalysisText.write(analysis, ManifestVersion.value(), out);
        }
        CaseInput.reportUnreadable(analysis, err);
        return exitCode(analysis, failOn);
    }

    /** Unreadable input outranks findings: an incomplete case cannot be trusted to pass or fail. */
    static int exitCode(CaseAnalysis analysis, Severity failOn) {
        if (analysis.hasUnreadableSource()) {
            return UNREADABLE_INPUT;
        }
        if (failOn != null && analysis.hasFindingAtLeast(failOn)) {
            return FAIL_ON_MET;
        }
        return 0;
    }
}
