package org.rtscope.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rtscope.app.RenderBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rtscope bench render}: how long timeline frames take at 1920x1080 (whole case, 1 %, 0.01 %,
 * still and panning), as one JSON line; per phase figures, and how long the background binning took
 * for each zoom level, go to stderr. The drawing itself runs in {@link RenderBenchmark}, which starts JavaFX headless, so this
 * command, like the others, needs no display.
 */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Loads FILE... and renders timeline frames offscreen at 1920x1080 (whole case, 1 %%, 0.01 %%, "
                + "still and panning); prints one JSON line: events, frames, p50Ms, p95Ms, maxMs.")
public final class BenchRenderCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Trace files (one case).")
    private List<Path> files;

    @Override
    public Integer call() throws IOException, InterruptedException {
        RenderBenchmark.Result result;
        try {
            result = RenderBenchmark.run(files);
        } catch (RenderBenchmark.NothingToDrawException e) {
            spec.commandLine().getErr().println("rtscope: cannot benchmark: " + e.getMessage());
            return AnalyzeCommand.UNREADABLE_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("events", result.events());
            json.writeNumberField("frames", result.frameMs().length);
            json.writeNumberField("p50Ms", round(result.percentile(50)));
            json.writeNumberField("p95Ms", round(result.percentile(95)));
            json.writeNumberField("maxMs", round(result.max()));
            json.writeEndObject();
        }
        out.println();
        out.flush();
        for (RenderBenchmark.Phase phase : result.phases()) {
            spec.commandLine().getErr().println(String.format(Locale.ROOT, "%-16s %3d frames  p50 %6.2f ms  p95 %6.2f ms%s",
                    phase.name(), phase.frameMs().length, phase.percentile(50), phase.percentile(95),
                    phase.settleMs() > 0 ? String.format(Locale.ROOT, "  (bins ready after %.0f ms)", phase.settleMs()) : ""));
        }
        return 0;
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }
}
