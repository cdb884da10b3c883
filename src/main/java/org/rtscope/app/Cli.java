package org.rtscope.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.rtscope.app.cli.AnalyzeCommand;
import org.rtscope.app.cli.BenchCommand;
import org.rtscope.app.cli.ExportJsonCommand;
import org.rtscope.app.cli.ExportPerfettoCommand;
import org.rtscope.app.cli.ExportPngCommand;
import org.rtscope.app.cli.ManifestVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The headless command line: {@code rtscope analyze …}, {@code rtscope bench load …}. The launcher
 * hands it the arguments when the first one is a command ({@link #isCommand}) and opens the GUI
 * otherwise, so {@code rtscope trace.txt} and {@code rtscope analyze trace.txt} both do the obvious.
 *
 * <p>Never loads JavaFX: it must work on servers and in CI without a display or the JavaFX runtime.
 */
@Command(name = "rtscope", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Makes Linux real-time scheduling failures visible in ftrace / trace-cmd traces.%n"
                + "Without a command, 'rtscope [FILE...]' opens the window.",
        subcommands = {AnalyzeCommand.class, ExportPngCommand.class, ExportJsonCommand.class,
            ExportPerfettoCommand.class, BenchCommand.class})
public final class Cli implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Runs a command and returns its exit code; never calls {@link System#exit}. */
    public static int run(String... args) {
        CommandLine commandLine = commandLine();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** True when {@code firstArg} names a command or a top-level option, so the CLI (not the GUI) should run. */
    public static boolean isCommand(String firstArg) {
        if (firstArg == null) {
            return false;
        }
        CommandLine commandLine = commandLine();
        return commandLine.getSubcommands().containsKey(firstArg)
                || commandLine.getCommandSpec().optionsMap().containsKey(firstArg);
    }

    private static CommandLine commandLine() {
        return new CommandLine(new Cli()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** {@code rtscope} alone on the command line: say what the commands are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
