package org.rtscope.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable, columnar store of trace events: one primitive array per attribute, no object per
 * event, strings interned once. Events are ordered by timestamp (ties keep file order).
 *
 * <p>Made by {@link TraceBuilder}. Safe to share between threads once built. Time is nanoseconds on
 * the source's own clock; the meaning of the four int arguments depends on {@link EventKind}.
 */
public final class Trace {
    private final String[] strings;
    private final String[] typeNames;
    private final EventKind[] typeKinds;
    /** Number of events; the columns may be a little longer (see {@link TraceBuilder#build}). */
    private final int size;
    private final long[] ts;
    private final short[] cpu;
    private final int[] tid;
    private final short[] type;
    /** Null when no event has flags (trace-cmd's default report prints none). */
    private final short[] flags;
    private final int[] args;
    private final byte[] text;
    private final LineIndex lines;
    private final int[] stackEvents;
    private final Backtrace[] stacks;
    private final int cpuCount;
    private final TaskTable tasks;
    private final CpuSlices[] slices;
    private final int[] eventsOnCpu;
    private final EventsByKind eventsByKind;
    /** Added to every timestamp: this source's offset onto the case clock (0 = its own clock). */
    private final long clockOffset;

    Trace(String[] strings, String[] typeNames, EventKind[] typeKinds, int size, long[] ts, short[] cpu, int[] tid,
          short[] type, short[] flags, int[] args, byte[] text, LineIndex lines, int[] stackEvents, Backtrace[] stacks,
          int cpuCount, TaskTable tasks, CpuSlices[] slices, int[] eventsOnCpu, EventsByKind.Filler kindIndex) {
        this.size = size;
        this.strings = strings;
        this.typeNames = typeNames;
        this.typeKinds = typeKinds;
        this.ts = ts;
        this.cpu = cpu;
        this.tid = tid;
        this.type = type;
        this.flags = flags;
        this.args = args;
        this.text = text;
        this.lines = lines;
        this.stackEvents = stackEvents;
        this.stacks = stacks;
        this.cpuCount = cpuCount;
        this.tasks = tasks;
        this.slices = slices;
        this.eventsOnCpu = eventsOnCpu;
        this.eventsByKind = new EventsByKind(type, size, typeKinds, kindIndex);
        this.clockOffset = 0;
    }

    private Trace(Trace base, long offset) {
        this.strings = base.strings;
        this.typeNames = base.typeNames;
        this.typeKinds = base.typeKinds;
        this.size = base.size;
        this.ts = base.ts;
        this.cpu = base.cpu;
        this.tid = base.tid;
        this.type = base.type;
        this.flags = base.flags;
        this.args = base.args;
        this.text = base.text;
        this.lines = base.lines;
        this.stackEvents = base.stackEvents;
        this.stacks = base.stacks;
        this.cpuCount = base.cpuCount;
        this.tasks = base.tasks;
        this.eventsOnCpu = base.eventsOnCpu;
        this.eventsByKind = base.eventsByKind;
        this.clockOffset = base.clockOffset + offset;
        this.slices = new CpuSlices[base.slices.length];
        for (int c = 0; c < slices.length; c++) {
            slices[c] = base.slices[c].shifted(offset);
        }
    }

    /**
     * This trace moved onto another clock: every time is {@code offset} ns later. Shares all columns,
     * so aligning a source costs nothing per event.
     */
    public Trace shifted(long offset) {
        return offset == 0 ? this : new Trace(this, offset);
    }

    /** Nanoseconds added to the source's own timestamps to put them on the case clock. */
    public long clockOffset() {
        return clockOffset;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Timestamp of the first event (0 for an empty trace). */
    public long start() {
        return size == 0 ? 0 : ts[0] + clockOffset;
    }

    /** Timestamp of the last event (0 for an empty trace). */
    public long end() {
        return size == 0 ? 0 : ts[size - 1] + clockOffset;
    }

    /** Number of CPUs: the larger of what the source header declared and the highest CPU seen + 1. */
    public int cpuCount() {
        return cpuCount;
    }

    public long ts(int i) {
        return ts[i] + clockOffset;
    }

    public int cpu(int i) {
        return cpu[i];
    }

    /** The task that was current when the event fired (the common_pid). */
    public int tid(int i) {
        return tid[i];
    }

    /** Index into {@link #typeName(int)}/{@link #typeKind(int)}. */
    public int type(int i) {
        return type[i];
    }

    public EventKind kind(int i) {
        return typeKinds[type[i]];
    }

    /**
     * Ascending indices of the events of {@code kind}: indexed while the trace was built for the kinds
     * analyses always read, on first request for the others. The array is shared: callers must not modify it.
     */
    public int[] eventsOf(EventKind kind) {
        return eventsByKind.of(kind);
    }

    /**
     * Events on {@code cpu}. A CPU with far fewer events than its neighbours was idle, offline, or lost its
     * ring buffer: worth knowing before trusting anything else said about it.
     */
    public int eventsOn(int cpu) {
        return eventsOnCpu[cpu];
    }

    /**
     * Ascending indices of the events of type {@code type} when it is a rare one (at most one event in
     * 256, indexed while the trace was built), or null: then only a scan of the type column finds them.
     */
    public int[] rareTypeEvents(int type) {
        return eventsByKind.ofRareType(type);
    }

    public String eventName(int i) {
        return typeNames[type[i]];
    }

    public int typeCount() {
        return typeNames.length;
    }

    public String typeName(int type) {
        return typeNames[type];
    }

    public EventKind typeKind(int type) {
        return typeKinds[type];
    }

    /** The packed {@link IrqFlags} of the event. */
    public int flags(int i) {
        return flags == null ? IrqFlags.NONE : flags[i] & 0xFFFF;
    }

    /** Argument slot {@code k} (0–3) of event {@code i}; see {@link EventKind} for the meaning. */
    public int arg(int i, int k) {
        return args[i * 4 + k];
    }

    /** A string of the pool (comms, function names, handler names). */
    public String string(int id) {
        return strings[id];
    }

    public int stringCount() {
        return strings.length;
    }

    /** The raw field text of an {@link EventKind#OTHER} event (empty for the others). */
    public String rawText(int i) {
        if (kind(i) != EventKind.OTHER) {
            return "";
        }
        return new String(text, arg(i, 0), arg(i, 1), StandardCharsets.UTF_8);
    }

    /** 1-based line of the source file the event was read from. */
    public int line(int i) {
        return lines.line(i);
    }

    /** The stack trace recorded with event {@code i}, or null. */
    public Backtrace stack(int i) {
        int k = Arrays.binarySearch(stackEvents, i);
        return k >= 0 ? stacks[k] : null;
    }

    public int stackCount() {
        return stacks.length;
    }

    /** The event a stack belongs to. */
    public int stackEvent(int k) {
        return stackEvents[k];
    }

    public Backtrace stackAt(int k) {
        return stacks[k];
    }

    public TaskTable tasks() {
        return tasks;
    }

    /** Run slices of a CPU (empty when the CPU logged nothing). */
    public CpuSlices slices(int cpu) {
        return slices[cpu];
    }

    /** Index of the first event with timestamp ≥ {@code t} ({@link #size()} if none). */
    public int firstAtOrAfter(long caseTime) {
        long t = caseTime - clockOffset;
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ts[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Approximate heap held by this trace, for the bytes-per-event figure. */
    public long retainedBytes() {
        long bytes = ts.length * 8L + cpu.length * 2L + tid.length * 4L + type.length * 2L + (flags == null ? 0 : flags.length * 2L)
                + args.length * 4L + text.length + lines.retainedBytes() + stackEvents.length * 4L;
        for (String s : strings) {
            bytes += 56 + s.length();
        }
        for (CpuSlices s : slices) {
            bytes += s.retainedBytes();
        }
        for (Backtrace b : stacks) {
            bytes += 48 + b.frames().size() * 72L;
        }
        bytes += tasks.size() * 96L + eventsByKind.retainedBytes();
        return bytes;
    }
}
