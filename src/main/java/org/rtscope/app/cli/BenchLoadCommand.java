package org.rtscope.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rtscope bench load}: load speed and retained heap per event for one file, as one JSON line,
 * so runs on different machines or commits can be collected and compared by a script.
 */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Loads FILE N times and prints one JSON line: bytes, events, median seconds, "
                + "events and MB per second, retained and model bytes per event.")
public final class BenchLoadCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "5",
            description = "Loads in all, the first a warm-up (default: ${DEFAULT-VALUE}, at least 2).")
    private int repeat;

    @Parameters(paramLabel = "FILE", description = "The trace file to load.")
    private Path file;

    @Override
    public Integer call() throws IOException {
        if (repeat < 2) {
            throw new ParameterException(spec.commandLine(), "--repeat must be at least 2 (the first run is a warm-up)");
        }
        LoadBenchmark.Result result;
        try {
            result = LoadBenchmark.run(file, repeat);
        } catch (LoadBenchmark.UnreadableException | IOException e) {
            spec.commandLine().getErr().println("rtscope: cannot benchmark " + e.getMessage());
            return AnalyzeCommand.UNREADABLE_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("bytes", result.bytes());
            json.writeNumberField("events", result.events());
            json.writeNumberField("seconds", result.seconds());
            json.writeNumberField("eventsPerSecond", result.eventsPerSecond());
            json.writeNumberField("mbPerSecond", result.mbPerSecond());
            json.writeNumberField("retainedBytesPerEvent", result.retainedBytesPerEvent());
            json.writeNumberField("modelBytesPerEvent", result.modelBytesPerEvent());
            json.writeEndObject();
        }
        out.println();
        out.flush();
        return 0;
    }
}
