package org.rtscope.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rtscope bench}: the group of measurements (performance is measured, never asserted by tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Measures rtscope's own performance on a file.",
        subcommands = {BenchLoadCommand.class, BenchRenderCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
