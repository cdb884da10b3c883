package org.rtscope.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.CpuSummary;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.SourceSummary;
import org.rtscope.analysis.TaskSummary;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.model.ImportWarning;

/**
 * Writes a {@link CaseAnalysis} as the JSON document of DESIGN.md's contract ({@code analyze --json}).
 * Scripts and CI jobs parse this, so field names and order are fixed here, in one place, with the
 * streaming generator rather than by reflection over the analysis classes. Times are seconds (double)
 * on the case clock; unknown values are {@code null}, never a made-up number. Findings carry, after the
 * contract's fields, how many reports were grouped into them ({@code count}), the likely {@code cause}
 * and {@code references}.
 */
public final class AnalysisJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private AnalysisJson() {
    }

    /** Writes the document (pretty-printed, followed by a newline); does not close {@code out}. */
    public static void write(CaseAnalysis analysis, String version, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("tool", "rtscope");
            json.writeStringField("version", version);
            json.writeArrayFieldStart("sources");
            for (SourceSummary source : analysis.sources()) {
                writeSource(json, source);
            }
            json.writeEndArray();
            writeSecondsOrNull(json, "start", analysis.hasEvents(), analysis.start());
            writeSecondsOrNull(json, "end", analysis.hasEvents(), analysis.end());
            json.writeArrayFieldStart("cpus");
            for (CpuSummary cpu : analysis.cpus()) {
                writeCpu(json, cpu);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("tasks");
            for (TaskSummary task : analysis.tasks()) {
                writeTask(json, task);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Finding finding : analysis.findings()) {
                writeFinding(json, finding);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void writeSource(JsonGenerator json, SourceSummary source) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", source.path());
        json.writeStringField("format", source.format().id());
        json.writeNumberField("lines", source.lines());
        json.writeNumberField("events", source.events());
        json.writeNumberField("skipped", source.skipped());
        json.writeArrayFieldStart("warnings");
        for (ImportWarning warning : source.warnings()) {
            json.writeStartObject();
            json.writeNumberField("line", warning.line());
            json.writeStringField("message", warning.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeCpu(JsonGenerator json, CpuSummary cpu) throws IOException {
        json.writeStartObject();
        json.writeNumberField("cpu", cpu.cpu());
        json.writeNumberField("events", cpu.events());
        json.writeNumberField("rtBusyFraction", cpu.rtBusyFraction());
        json.writeArrayFieldStart("throttleWindows");
        for (ThrottleWindow window : cpu.throttleWindows()) {
            json.writeStartObject();
            json.writeNumberField("start", seconds(window.start()));
            json.writeNumberField("end", seconds(window.end()));
            json.writeStringField("origin", window.origin());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("timerInterrupts", cpu.timerInterrupts());
        json.writeEndObject();
    }

    private static void writeTask(JsonGenerator json, TaskSummary task) throws IOException {
        json.writeStartObject();
        writePidOrNull(json, task.pid());
        json.writeNumberField("tid", task.tid());
        json.writeStringField("comm", task.comm());
        json.writeStringField("policy", task.policy() == null ? null : task.policy().name());
        if (task.rtPriority() == null) {
            json.writeNullField("rtPriority");
        } else {
            json.writeNumberField("rtPriority", task.rtPriority());
        }
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("pattern", finding.pattern());
        json.writeStringField("title", finding.title());
        json.writeStringField("severity", finding.severity().id());
        json.writeNumberField("confidence", finding.confidence());
        writeSecondsOrNull(json, "start", finding.hasTime(), finding.start());
        writeSecondsOrNull(json, "end", finding.hasTime(), finding.end());
        json.writeArrayFieldStart("cpus");
        for (int cpu : finding.cpus()) {
            json.writeNumber(cpu);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("tasks");
        for (Finding.TaskRef task : finding.tasks()) {
            json.writeStartObject();
            writePidOrNull(json, task.pid());
            json.writeNumberField("tid", task.tid());
            json.writeStringField("comm", task.comm());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("evidence");
        for (Finding.Evidence evidence : finding.evidence()) {
            json.writeStartObject();
            json.writeStringField("source", evidence.source());
            json.writeNumberField("line", evidence.line());
            writeSecondsOrNull(json, "time", evidence.time() != Finding.NO_TIME, evidence.time());
            json.writeStringField("text", evidence.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("explanation", finding.explanation());
        writeStrings(json, "remedies", finding.remedies());
        json.writeNumberField("count", finding.count());
        json.writeStringField("cause", finding.cause());
        writeStrings(json, "references", finding.references());
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void writePidOrNull(JsonGenerator json, int pid) throws IOException {
        if (pid < 0) {
            json.writeNullField("pid");
        } else {
            json.writeNumberField("pid", pid);
        }
    }

    private static void writeSecondsOrNull(JsonGenerator json, String field, boolean known, long nanos)
            throws IOException {
        if (known) {
            json.writeNumberField(field, seconds(nanos));
        } else {
            json.writeNullField(field);
        }
    }

    /** Nanoseconds to seconds; exact to the printed microsecond for any trace timestamp. */
    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
