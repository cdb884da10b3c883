package org.rtscope.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rtscope.app.cli.AnalyzeCommand;
import org.rtscope.app.cli.BenchCommand;
import org.rtscope.app.cli.ExportJsonCommand;
import org.rtscope.app.cli.ExportPerfettoCommand;
import org.rtscope.app.cli.ExportPngCommand;
import org.rtscope.app.cli.ManifestVersion;
import org.rtscope.app.cli.PatternPrefetch;
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
 *
 * <p>Start-up is on the critical path of every scripted run, so a run builds only what it needs: picocli
 * reflects over each command it is given (about 10 ms each on a cold JVM, on top of its own 0.1 s), and a
 * run that names its command gets only that one. The commands that analyse start reading the pattern specs
 * on another core before the arguments are even parsed ({@link PatternPrefetch}).
 */
@Command(name = "rtscope", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Makes Linux real-time scheduling failures visible in ftrace / trace-cmd traces.%n"
                + "Without a command, 'rtscope [FILE...]' opens the window.")
public final class Cli implements Callable<Integer> {
    /** The commands, in the order {@code rtscope --help} lists them. */
    static final List<String> COMMANDS = List.of("analyze", "export-png", "export-json", "export-perfetto", "bench");
    /** The top-level options (picocli's standard help options). */
    static final Set<String> OPTIONS = Set.of("-h", "--help", "-V", "--version");
    /** The commands that run the pattern engine. */
    private static final Set<String> ANALYSING = Set.of("analyze", "export-png", "export-json");

    @Spec
    private CommandSpec spec;

    /** Runs a command and returns its exit code; never calls {@link System#exit}. */
    public static int run(String... args) {
        String first = args.length > 0 && args[0] != null ? args[0] : "";
        if (ANALYSING.contains(first)) {
            PatternPrefetch.start();
        }
        CommandLine commandLine = COMMANDS.contains(first) ? commandLine(List.of(first)) : commandLine(COMMANDS);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            PatternPrefetch.discard();
            out.flush();
            err.flush();
        }
    }

    /** True when {@code firstArg} names a command or a top-level option, so the CLI (not the GUI) should run. */
    public static boolean isCommand(String firstArg) {
        return firstArg != null && (COMMANDS.contains(firstArg) || OPTIONS.contains(firstArg));
    }

    /** The command line with the {@code names} commands. */
    static CommandLine commandLine(List<String> names) {
        CommandLine commandLine = new CommandLine(new Cli());
        for (String name : names) {
            commandLine.addSubcommand(name, newCommand(name));
        }
        // after the commands: picocli applies this to the subcommands present when it is called
        return commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    }

    private static Object newCommand(String name) {
        switch (name) {
            case "analyze":
                return new AnalyzeCommand();
            case "export-png":
                return new ExportPngCommand();
            case "export-json":
                return new ExportJsonCommand();
            case "export-perfetto":
                return new ExportPerfettoCommand();
            case "bench":
                return new BenchCommand();
            default:
                throw new IllegalArgumentException("no command " + name);
        }
    }

    /** {@code rtscope} alone on the command line: say what the commands are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
