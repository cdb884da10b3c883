package org.rtscope.app.cli;

import org.rtscope.analysis.AnalysisSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The traced machine's RT bandwidth ({@code kernel.sched_rt_period_us}, {@code sched_rt_runtime_us}),
 * which the throttling patterns measure against; the export commands take them as {@code analyze}
 * does, so an export says what {@code analyze} says about the same files.
 */
public final class RtBandwidthOptions {
    @Option(names = "--rt-period-us", paramLabel = "US", defaultValue = "1000000",
            description = "kernel.sched_rt_period_us of the traced machine (default: ${DEFAULT-VALUE}).")
    private long rtPeriodUs;

    @Option(names = "--rt-runtime-us", paramLabel = "US", defaultValue = "950000",
            description = "kernel.sched_rt_runtime_us of the traced machine, -1 for unlimited (default: ${DEFAULT-VALUE}).")
    private long rtRuntimeUs;

    /** The settings, or a usage error of {@code spec}'s command for impossible values. */
    AnalysisSettings settings(CommandSpec spec) {
        try {
            return AnalysisSettings.ofMicros(rtPeriodUs, rtRuntimeUs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
