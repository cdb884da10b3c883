package org.rtscope.ingest.tracedat;

import java.util.Arrays;
import java.util.Objects;
import org.rtscope.model.EventKind;
import org.rtscope.model.IrqFlags;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StringPool;
import org.rtscope.model.TraceBuilder;

/**
 * Adds one ring-buffer record to the trace: finds its format by {@code common_type}, reads the common
 * fields (pid, latency flags), fills the slots of a native event or keeps the field text of any other,
 * attaches {@code kernel_stack}/{@code user_stack} records to the preceding event of their CPU, and
 * teaches the task table the comm {@code trace-cmd report} prints for the pid (saved cmdlines) after
 * the comms in the fields, the order in which the text importer sees them.
 *
 * <p>The "line" of an event is its 1-based ordinal among all records in time order (stack records
 * included), since a binary file has no lines.
 */
final class EventConverter {
    private final TraceBuilder builder;
    private final SourceReport report;
    private final TraceDatMetadata meta;
    private final EventRecord record;
    private final NativeEvents natives;
    private final RawFields raw;
    private final StackRecords stacks;
    private final LatencyFlags latency = new LatencyFlags();
    private final Decoder[] decoders = new Decoder[1 << 16];
    private final int[] cmdlineComms;
    private final int typeOffset;
    private int[] lastEventOfCpu = new int[0];

    /** What is known about one event id: its format, model type and how to read it. */
    private static final class Decoder {
        final EventFormat format;
        final int type;
        final EventKind kind;
        final NativeEvents.Binding binding;
        /** The caller field of a stack record, else null. */
        final FormatField caller;
        final boolean userStack;
        final FormatField pid;
        final FormatField flags;
        final FormatField preemptCount;
        /** Why records of this format cannot be read, or null. */
        final String unusable;

        Decoder(EventFormat format, int type, EventKind kind, NativeEvents.Binding binding, FormatField caller,
                String unusable) {
            this.format = format;
            this.type = type;
            this.kind = kind;
            this.binding = binding;
            this.caller = caller;
            this.userStack = format.name.equals("user_stack");
            this.pid = format.field("common_pid");
            this.flags = format.field("common_flags");
            this.preemptCount = format.field("common_preempt_count");
            this.unusable = unusable;
        }
    }

    EventConverter(TraceBuilder builder, TraceDatMetadata meta, SourceReport report) {
        this.builder = builder;
        this.report = report;
        this.meta = meta;
        this.record = new EventRecord(meta.header.endian());
        this.natives = new NativeEvents(builder, meta.kallsyms);
        this.raw = new RawFields(meta.printk);
        this.stacks = new StackRecords(meta.kallsyms, meta.kernelLongSize());
        this.cmdlineComms = new int[meta.cmdlines.size()];
        Arrays.fill(cmdlineComms, -1);
        this.typeOffset = meta.formats.values().stream().map(f -> f.field("common_type")).filter(Objects::nonNull)
                .mapToInt(f -> f.offset).findFirst().orElse(0);
    }

    /** Converts the record {@code buf[off, off+len)} of {@code cpu} at time {@code ts}. */
    void accept(int cpu, long ts, byte[] buf, int off, int len, int ordinal) {
        if (len < typeOffset + 2) {
            report.skip(ordinal, "CPU " + cpu + ": record of " + len + " bytes is too short for an event type");
            return;
        }
        int id = meta.header.endian().u16(buf, off + typeOffset);
        Decoder decoder = decoder(id);
        if (decoder == null) {
            report.skip(ordinal, "CPU " + cpu + ": record of unknown event type " + id + " at " + seconds(ts));
            return;
        }
        if (decoder.unusable != null) {
            report.skip(ordinal, decoder.unusable);
            return;
        }
        record.set(buf, off, len);
        if (decoder.caller != null) {
            stack(decoder, cpu, ordinal);
            return;
        }
        if (decoder.binding != null && len < decoder.format.minLength) {
            report.skip(ordinal, "CPU " + cpu + ": " + decoder.format.name + " record of " + len + " bytes, its format needs "
                    + decoder.format.minLength);
            return;
        }
        int a0;
        int a1;
        int a2 = 0;
        int a3 = 0;
        if (decoder.binding != null) {
            natives.decode(decoder.binding, record);
            a0 = natives.args[0];
            a1 = natives.args[1];
            a2 = natives.args[2];
            a3 = natives.args[3];
        } else {
            byte[] text = raw.render(decoder.format, record);
            a0 = builder.appendText(text, 0, text.length);
            a1 = text.length;
        }
        int tid = (int) record.number(decoder.pid);
        learnCmdlineComm(tid);
        int irqFlags = decoder.flags == null ? IrqFlags.NONE
                : latency.encode((int) record.number(decoder.flags), (int) record.number(decoder.preemptCount));
        int index = builder.add(ts, cpu, tid, decoder.type, irqFlags, a0, a1, a2, a3, ordinal);
        rememberLast(cpu, index);
    }

    private void stack(Decoder decoder, int cpu, int ordinal) {
        int owner = cpu < lastEventOfCpu.length ? lastEventOfCpu[cpu] : -1;
        if (owner < 0) {
            report.skip(ordinal, "stack trace with no preceding event on CPU " + cpu);
            return;
        }
        builder.attachStack(owner, stacks.read(decoder.caller, record, decoder.userStack, ordinal));
    }

    private Decoder decoder(int id) {
        Decoder decoder = decoders[id];
        if (decoder == null) {
            EventFormat format = meta.formats.get(id);
            if (format == null) {
                return null;
            }
            decoder = newDecoder(format);
            decoders[id] = decoder;
        }
        return decoder;
    }

    private Decoder newDecoder(EventFormat format) {
        if (format.system.equals("ftrace") && (format.name.equals("kernel_stack") || format.name.equals("user_stack"))) {
            FormatField caller = format.field("caller");
            return new Decoder(format, -1, EventKind.OTHER, null, caller,
                    caller == null ? format.name + " format has no caller field" : null);
        }
        int type = builder.eventType(format.name);
        EventKind kind = builder.kindOfType(type);
        if (kind == EventKind.OTHER) {
            return new Decoder(format, type, kind, null, null, null);
        }
        try {
            return new Decoder(format, type, kind, NativeEvents.bind(format, kind), null, null);
        } catch (TraceDatException e) {
            report.warn(0, e.getMessage() + "; its records are skipped");
            return new Decoder(format, type, kind, null, null, e.getMessage());
        }
    }

    /** trace-cmd prints the saved cmdline of the pid in front of every event; the text importer learns it there. */
    private void learnCmdlineComm(int tid) {
        if (tid <= 0) {
            return;
        }
        int i = meta.cmdlines.indexOf(tid);
        if (i < 0) {
            return;
        }
        int comm = cmdlineComms[i];
        if (comm < 0) {
            comm = builder.strings().intern(meta.cmdlines.commAt(i));
            cmdlineComms[i] = comm;
        }
        if (comm != StringPool.EMPTY) {
            builder.tasks().comm(tid, comm);
        }
    }

    private void rememberLast(int cpu, int index) {
        if (cpu >= lastEventOfCpu.length) {
            int old = lastEventOfCpu.length;
            lastEventOfCpu = Arrays.copyOf(lastEventOfCpu, Math.max(cpu + 1, old * 2));
            Arrays.fill(lastEventOfCpu, old, lastEventOfCpu.length, -1);
        }
        lastEventOfCpu[cpu] = index;
    }

    static String seconds(long ns) {
        return String.format("%d.%09d", Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L));
    }
}
