package org.rtscope.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.EventFields;
import org.rtscope.model.EventKind;
import org.rtscope.model.Task;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/**
 * Writes a trace as Chrome trace-event JSON, the format Perfetto's UI and {@code chrome://tracing}
 * open, so a user can take what rtscope loaded to those tools. Each CPU becomes one track (process
 * and thread id = the CPU number, named "CPU n"); each run slice of a task becomes a complete
 * ({@code "X"}) event named after the task; signals and hard interrupts become instant ({@code "i"})
 * events on the CPU where they fired. Idle is left out, as on rtscope's own timeline.
 *
 * <p>Streamed with Jackson's generator: a trace of millions of events never exists as a tree in memory.
 * Times are microseconds (the format's unit) printed from integer nanoseconds, so no digit is lost to
 * floating point.
 */
public final class PerfettoJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** How many events of each kind were written. */
    public record Counts(int tracks, long slices, long instants) {
    }

    private PerfettoJson() {
    }

    /** True for the events written as instants: signals and hard interrupts (device IRQs and the local timer). */
    public static boolean isInstant(EventKind kind) {
        return kind == EventKind.SIGNAL_GENERATE || kind == EventKind.SIGNAL_DELIVER
                || kind == EventKind.IRQ_HANDLER_ENTRY || kind == EventKind.LOCAL_TIMER_ENTRY;
    }

    /** Writes {@code trace}; does not close {@code out}. */
    public static Counts write(Trace trace, String source, String version, Writer out) throws IOException {
        long slices = 0;
        long instants = 0;
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("displayTimeUnit", "ns");
            json.writeObjectFieldStart("otherData");
            json.writeStringField("tool", "rtscope " + version);
            json.writeStringField("source", source);
            json.writeEndObject();
            json.writeArrayFieldStart("traceEvents");
            for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
                writeTrackNames(json, cpu);
            }
            for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
                slices += writeSlices(json, trace, trace.slices(cpu));
            }
            for (int i = 0; i < trace.size(); i++) {
                if (isInstant(trace.kind(i))) {
                    writeInstant(json, trace, i);
                    instants++;
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
        return new Counts(trace.cpuCount(), slices, instants);
    }

    private static void writeTrackNames(JsonGenerator json, int cpu) throws IOException {
        String name = "CPU " + cpu;
        metadata(json, "process_name", cpu, "name", name);
        metadata(json, "thread_name", cpu, "name", name);
        json.writeStartObject();
        json.writeStringField("ph", "M");
        json.writeStringField("name", "process_sort_index");
        json.writeNumberField("pid", cpu);
        json.writeNumberField("tid", cpu);
        json.writeObjectFieldStart("args");
        json.writeNumberField("sort_index", cpu);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void metadata(JsonGenerator json, String kind, int cpu, String key, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("ph", "M");
        json.writeStringField("name", kind);
        json.writeNumberField("pid", cpu);
        json.writeNumberField("tid", cpu);
        json.writeObjectFieldStart("args");
        json.writeStringField(key, value);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static long writeSlices(JsonGenerator json, Trace trace, CpuSlices slices) throws IOException {
        long written = 0;
        for (int k = 0; k < slices.size(); k++) {
            if (slices.isIdle(k)) {
                continue;
            }
            int tid = slices.tid(k);
            Task task = trace.tasks().get(tid);
            json.writeStartObject();
            json.writeStringField("ph", "X");
            json.writeStringField("cat", "sched");
            json.writeStringField("name", task == null || task.comm().isEmpty() ? "tid " + tid : task.comm());
            json.writeFieldName("ts");
            json.writeNumber(micros(slices.start(k)));
            json.writeFieldName("dur");
            json.writeNumber(micros(slices.end(k) - slices.start(k)));
            json.writeNumberField("pid", slices.cpu());
            json.writeNumberField("tid", slices.cpu());
            json.writeObjectFieldStart("args");
            json.writeNumberField("tid", tid);
            if (task != null && task.pid() > 0) {
                json.writeNumberField("pid", task.pid());
            }
            if (slices.prio(k) != Task.NO_PRIO) {
                json.writeNumberField("prio", slices.prio(k));
            }
            json.writeStringField("end_state", TaskState.toString(slices.endState(k)));
            json.writeEndObject();
            json.writeEndObject();
            written++;
        }
        return written;
    }

    private static void writeInstant(JsonGenerator json, Trace trace, int i) throws IOException {
        EventKind kind = trace.kind(i);
        json.writeStartObject();
        json.writeStringField("ph", "i");
        json.writeStringField("s", "t");
        json.writeStringField("cat", kind == EventKind.SIGNAL_GENERATE || kind == EventKind.SIGNAL_DELIVER
                ? "signal" : "irq");
        json.writeStringField("name", trace.eventName(i));
        json.writeFieldName("ts");
        json.writeNumber(micros(trace.ts(i)));
        json.writeNumberField("pid", trace.cpu(i));
        json.writeNumberField("tid", trace.cpu(i));
        json.writeObjectFieldStart("args");
        json.writeNumberField("common_pid", trace.tid(i));
        for (EventFields.Field field : EventFields.of(trace, i)) {
            json.writeStringField(field.name(), field.value());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Nanoseconds as a decimal number of microseconds with three decimals, e.g. {@code 1244426573.120}. */
    static String micros(long ns) {
        StringBuilder sb = new StringBuilder(20);
        if (ns < 0) {
            sb.append('-');
            ns = -ns;
        }
        sb.append(ns / 1000).append('.');
        long frac = ns % 1000;
        if (frac < 100) {
            sb.append('0');
        }
        if (frac < 10) {
            sb.append('0');
        }
        return sb.append(frac).toString();
    }
}
