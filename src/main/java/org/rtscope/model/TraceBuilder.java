package org.rtscope.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Collects events from a parser into growable primitive columns and freezes them into a {@link Trace}:
 * sorts by time once (stable; a no-op for text that is already ordered), learns task priorities in
 * time order and derives the per-CPU run slices.
 *
 * <p>Not thread-safe: one builder per parser.
 */
public final class TraceBuilder {
    /** Room added to a size estimate (see {@link #reserveByDensity}). */
    private static final double ESTIMATE_MARGIN = 1.03;

    private final StringPool pool = new StringPool();
    private final TaskTable.Builder tasks = new TaskTable.Builder(pool);
    private final IntIntMap typeOfName = new IntIntMap();
    /** Pool id of each type's name. */
    private int[] typeNameIds = new int[16];
    /** The type last looked up per name length, or -1. */
    private final int[] recentTypeOfLength = newRecentTypes();
    private final List<String> typeNames = new ArrayList<>();
    private final List<EventKind> typeKinds = new ArrayList<>();
    /** Events added of each type, to size the per-kind indices exactly. */
    private int[] typeCounts = new int[16];

    private long[] ts;
    private short[] cpu;
    private int[] tid;
    private short[] type;
    /** Null until an event has flags: trace-cmd's default report prints none, which saves 2 bytes an event. */
    private short[] flags;
    private int[] args;
    private int[] lines;
    private int size;
    /** Whether the events were added in time order so far, the timestamp of the last one and the highest CPU. */
    private boolean ordered = true;
    private long lastTs = Long.MIN_VALUE;
    private int maxCpu = -1;

    private byte[] text = new byte[0];
    private int textSize;

    private int[] stackOwners = new int[16];
    private final List<Backtrace> stacks = new ArrayList<>();
    private int declaredCpus;

    private static int[] newRecentTypes() {
        int[] recent = new int[64];
        Arrays.fill(recent, -1);
        return recent;
    }

    public TraceBuilder() {
        this(1024);
    }

    /**
     * A builder whose columns are sized for {@code expectedEvents} up front, so a large import does not
     * copy its columns while growing (a file's size gives a good estimate: about 100 bytes per line).
     */
    public TraceBuilder(int expectedEvents) {
        int n = Math.max(16, expectedEvents);
        ts = new long[n];
        cpu = new short[n];
        tid = new int[n];
        type = new short[n];
        args = new int[n * 4];
        lines = new int[n];
    }

    /**
     * Freezes the builders of consecutive chunks of one source (parsed in parallel) into one trace, as
     * if one builder had read them all. The first builder takes in the others: their strings, event
     * types and tasks are merged in order, then their events are copied behind its own. When every part
     * is in time order, which is the normal case, the slices are derived part by part, each as soon as
     * its copy is done, while the later parts are still being copied on {@code executor}; so the join
     * costs little more than the derivation a single builder needs anyway. The first builder should have room for all events (see
     * {@link #reserve}); otherwise its columns grow once here.
     *
     * @param lineOffsets for each part, the number of source lines before it
     */
    public static Trace join(List<TraceBuilder> parts, int[] lineOffsets, Executor executor) {
        TraceBuilder first = parts.get(0);
        int firstSize = first.size;
        boolean ordered = first.ordered;
        int total = 0;
        int text = 0;
        for (int k = 0; k < parts.size(); k++) {
            TraceBuilder part = parts.get(k);
            total += part.size;
            text += part.textSize;
            if (k > 0) {
                TraceBuilder before = parts.get(k - 1);
                ordered &= part.ordered && (before.size == 0 || part.size == 0 || before.lastTs <= part.ts[0]);
            }
        }
        first.reserve(total);
        if (parts.stream().anyMatch(part -> part.flags != null)) {
            first.flagsColumn(); // made here, not by the copies that run in parallel
        }
        if (text > first.text.length) {
            first.text = Arrays.copyOf(first.text, text);
        }
        List<CompletableFuture<Void>> copies = new ArrayList<>();
        for (int k = 1; k < parts.size(); k++) {
            TraceBuilder part = parts.get(k);
            int[] stringMap = first.mergeStrings(part);
            int[] typeMap = first.mergeTypes(part);
            for (int t = 0; t < typeMap.length; t++) {
                first.typeCounts[typeMap[t]] += part.typeCounts[t];
            }
            int eventBase = first.size;
            int textBase = first.textSize;
            for (int j = 0; j < part.stacks.size(); j++) {
                first.attachStack(eventBase + part.stackOwners[j], part.stacks.get(j));
            }
            first.tasks.appendFrom(part.tasks, stringMap);
            first.declareCpus(part.declaredCpus);
            first.maxCpu = Math.max(first.maxCpu, part.maxCpu);
            first.size += part.size;
            first.textSize += part.textSize;
            first.lastTs = part.size > 0 ? part.lastTs : first.lastTs;
            int lineOffset = lineOffsets[k];
            EventKind[] kinds = first.typeKinds.toArray(new EventKind[0]);
            copies.add(CompletableFuture.runAsync(
                    () -> first.copyEvents(part, eventBase, textBase, lineOffset, stringMap, typeMap, kinds), executor));
        }
        first.ordered = ordered;
        if (!ordered) {
            CompletableFuture.allOf(copies.toArray(new CompletableFuture[0])).join();
            return first.build();
        }
        SliceDeriver deriver = first.newDeriver();
        deriver.run(first.ts, first.cpu, first.tid, first.type, first.args, 0, firstSize);
        int derived = firstSize;
        for (int k = 1; k < parts.size(); k++) {
            // each part is derived as soon as its copy is done, while the later ones are still being copied
            copies.get(k - 1).join();
            int end = derived + parts.get(k).size;
            deriver.run(first.ts, first.cpu, first.tid, first.type, first.args, derived, end);
            derived = end;
        }
        return first.freeze(deriver, null);
    }

    private int[] mergeStrings(TraceBuilder other) {
        int[] stringMap = new int[other.pool.size()];
        for (int id = 0; id < stringMap.length; id++) {
            stringMap[id] = pool.intern(other.pool.get(id));
        }
        return stringMap;
    }

    private int[] mergeTypes(TraceBuilder other) {
        int[] typeMap = new int[other.typeNames.size()];
        for (int t = 0; t < typeMap.length; t++) {
            typeMap[t] = eventType(other.typeNames.get(t));
        }
        return typeMap;
    }

    /** Copies {@code other}'s events to {@code base} onward (columns already sized), translating its ids. */
    private void copyEvents(TraceBuilder other, int base, int textBase, int lineOffset, int[] stringMap,
                            int[] typeMap, EventKind[] kinds) {
        System.arraycopy(other.text, 0, text, textBase, other.textSize);
        System.arraycopy(other.ts, 0, ts, base, other.size);
        System.arraycopy(other.cpu, 0, cpu, base, other.size);
        System.arraycopy(other.tid, 0, tid, base, other.size);
        if (other.flags != null) {
            System.arraycopy(other.flags, 0, flags, base, other.size);
        }
        System.arraycopy(other.args, 0, args, base * 4, other.size * 4);
        for (int i = 0; i < other.size; i++) {
            int j = base + i;
            int t = typeMap[other.type[i]];
            type[j] = (short) t;
            lines[j] = other.lines[i] + lineOffset;
            EventKind kind = kinds[t];
            int a = j * 4;
            if (kind == EventKind.OTHER) {
                args[a] += textBase;
                continue;
            }
            int slots = kind.stringSlots();
            for (int k = 0; slots != 0; k++, slots >>>= 1) {
                if ((slots & 1) != 0) {
                    args[a + k] = stringMap[args[a + k]];
                }
            }
        }
    }

    public StringPool strings() {
        return pool;
    }

    public TaskTable.Builder tasks() {
        return tasks;
    }

    public int size() {
        return size;
    }

    /** Declares the CPU count from a source header ({@code #P:2}, {@code cpus=2}). */
    public void declareCpus(int count) {
        declaredCpus = Math.max(declaredCpus, count);
    }

    /** The event type id of an event name (e.g. {@code sched_switch}), creating it on first use. */
    public int eventType(byte[] buf, int off, int len) {
        // a trace has a handful of event names, asked for once per line: check the last one of this length first
        int cached = len < recentTypeOfLength.length ? recentTypeOfLength[len] : -1;
        if (cached >= 0 && pool.hasBytes(typeNameIds[cached], buf, off, len)) {
            return cached;
        }
        int type = internType(buf, off, len);
        if (len < recentTypeOfLength.length) {
            recentTypeOfLength[len] = type;
        }
        return type;
    }

    private int internType(byte[] buf, int off, int len) {
        int nameId = pool.intern(buf, off, len);
        int type = typeOfName.get(nameId, -1);
        if (type < 0) {
            if (typeNames.size() >= Short.MAX_VALUE) {
                throw new IllegalStateException("more than " + Short.MAX_VALUE + " event names");
            }
            type = typeNames.size();
            String name = pool.get(nameId);
            typeNames.add(name);
            typeKinds.add(EventKind.ofName(name));
            typeOfName.put(nameId, type);
            if (type == typeNameIds.length) {
                typeNameIds = Arrays.copyOf(typeNameIds, type * 2);
                typeCounts = Arrays.copyOf(typeCounts, type * 2);
            }
            typeNameIds[type] = nameId;
        }
        return type;
    }

    /** Convenience for tests and small sources. */
    public int eventType(String name) {
        byte[] b = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return eventType(b, 0, b.length);
    }

    public EventKind kindOfType(int type) {
        return typeKinds.get(type);
    }

    /** Appends an event and returns its index (valid until {@link #build()} reorders). */
    public int add(long timestamp, int eventCpu, int task, int eventType, int irqFlags, int a0, int a1, int a2, int a3,
                   int line) {
        if (size == ts.length) {
            grow();
        }
        int i = size++;
        ordered &= timestamp >= lastTs;
        lastTs = timestamp;
        maxCpu = Math.max(maxCpu, eventCpu);
        typeCounts[eventType]++;
        ts[i] = timestamp;
        cpu[i] = (short) eventCpu;
        tid[i] = task;
        type[i] = (short) eventType;
        if (irqFlags != IrqFlags.NONE) {
            flagsColumn()[i] = (short) irqFlags;
        }
        int a = i * 4;
        args[a] = a0;
        args[a + 1] = a1;
        args[a + 2] = a2;
        args[a + 3] = a3;
        lines[i] = line;
        return i;
    }

    /** The flags column, made (all {@link IrqFlags#NONE}) when the first event with flags arrives. */
    private short[] flagsColumn() {
        if (flags == null) {
            flags = new short[ts.length];
        }
        return flags;
    }

    /** Stores raw field text and returns its offset (its length is {@code len}). */
    public int appendText(byte[] buf, int off, int len) {
        if (textSize + len > text.length) {
            text = Arrays.copyOf(text, Capacity.grown(text.length, (long) textSize + len));
        }
        System.arraycopy(buf, off, text, textSize, len);
        int at = textSize;
        textSize += len;
        return at;
    }

    /**
     * Appends a continuation line (after a newline) to the raw text of {@code event}, which must be the
     * last event added and the last text appended.
     */
    public void continueText(int event, byte[] buf, int off, int len) {
        int a = event * 4;
        if (args[a] + args[a + 1] != textSize) {
            throw new IllegalStateException("event " + event + " does not own the end of the text heap");
        }
        appendText(new byte[] {'\n'}, 0, 1);
        appendText(buf, off, len);
        args[a + 1] += len + 1;
    }

    /** Attaches a stack trace to the event with index {@code event}. */
    public void attachStack(int event, Backtrace stack) {
        if (stacks.size() == stackOwners.length) {
            stackOwners = Arrays.copyOf(stackOwners, stackOwners.length * 2);
        }
        stackOwners[stacks.size()] = event;
        stacks.add(stack);
    }

    /**
     * Makes room for {@code capacity} events at once, for an importer that can estimate its size once it
     * has read a little (growing step by step would copy the columns every time).
     */
    public void reserve(int capacity) {
        if (capacity > ts.length) {
            resize(capacity);
        }
    }

    /**
     * Sizes the columns for an input of {@code totalBytes} from the events per byte of the first
     * {@code sampledBytes}, with a little room: a sample of some 64 Ki events predicts the count of a
     * uniform recording within a few percent, and up to 1/16 too much is kept rather than copied.
     */
    public void reserveByDensity(long sampledBytes, long totalBytes) {
        if (sampledBytes <= 0 || totalBytes <= sampledBytes) {
            return;
        }
        double eventsPerByte = (double) size / sampledBytes;
        reserve((int) Math.min(Integer.MAX_VALUE / 8, totalBytes * eventsPerByte * ESTIMATE_MARGIN));
    }

    /** Doubles small columns; beyond a million events grows by half, so a low estimate costs less memory. */
    private void grow() {
        int n = ts.length < 1 << 20 ? ts.length * 2 : ts.length + ts.length / 2;
        resize(n);
    }

    private void resize(int n) {
        ts = Arrays.copyOf(ts, n);
        cpu = Arrays.copyOf(cpu, n);
        tid = Arrays.copyOf(tid, n);
        type = Arrays.copyOf(type, n);
        flags = flags == null ? null : Arrays.copyOf(flags, n);
        args = Arrays.copyOf(args, n * 4);
        lines = Arrays.copyOf(lines, n);
    }

    /** Freezes the events into an immutable trace. The builder must not be used afterwards. */
    public Trace build() {
        int[] order = ordered ? null : sortOrder();
        if (order != null) {
            permute(order);
        }
        SliceDeriver deriver = newDeriver();
        deriver.run(ts, cpu, tid, type, args, 0, size);
        return freeze(deriver, inverse(order));
    }

    private SliceDeriver newDeriver() {
        int cpuCount = Math.max(declaredCpus, maxCpu + 1);
        return new SliceDeriver(cpuCount, tasks, typeKinds.toArray(new EventKind[0]), typeCounts);
    }

    /**
     * The trace of these columns and the slices {@code deriver} found in them.
     *
     * @param inverse for each event index as added, its index in time order; null when unchanged
     */
    private Trace freeze(SliceDeriver deriver, int[] inverse) {
        long[] finalTs = keepsSlack() ? ts : Arrays.copyOf(ts, size);
        CpuSlices[] slices = deriver.finish(finalTs, size);
        int[] stackEvents = new int[stacks.size()];
        Backtrace[] stackArray = new Backtrace[stacks.size()];
        Integer[] byEvent = new Integer[stacks.size()];
        for (int k = 0; k < byEvent.length; k++) {
            byEvent[k] = k;
        }
        Arrays.sort(byEvent, (x, y) -> Integer.compare(newIndex(inverse, stackOwners[x]),
                newIndex(inverse, stackOwners[y])));
        for (int k = 0; k < byEvent.length; k++) {
            stackEvents[k] = newIndex(inverse, stackOwners[byEvent[k]]);
            stackArray[k] = stacks.get(byEvent[k]);
        }
        return new Trace(pool.freeze(), typeNames.toArray(new String[0]), typeKinds.toArray(new EventKind[0]), size,
                finalTs, exact(cpu), exact(tid), exact(type), flags == null ? null : exact(flags),
                keepsSlack() ? args : Arrays.copyOf(args, size * 4),
                text.length == textSize ? text : Arrays.copyOf(text, textSize),
                LineIndex.of(lines, size), stackEvents, stackArray, deriver.cpuCount(), tasks.build(), slices,
                deriver.eventsOnCpu(), deriver.kindIndex());
    }

    /**
     * Columns presized from an estimate are frozen as they are when the estimate was at most 1/16 too
     * large: trimming would copy every column of a large import, holding it twice for a moment, to save
     * a few percent.
     */
    private boolean keepsSlack() {
        return ts.length - size <= size / 16;
    }

    private short[] exact(short[] column) {
        return keepsSlack() ? column : Arrays.copyOf(column, size);
    }

    private int[] exact(int[] column) {
        return keepsSlack() ? column : Arrays.copyOf(column, size);
    }

    private static int newIndex(int[] inverse, int oldIndex) {
        return inverse == null ? oldIndex : inverse[oldIndex];
    }

    private static int[] inverse(int[] order) {
        if (order == null) {
            return null;
        }
        int[] inverse = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            inverse[order[i]] = i;
        }
        return inverse;
    }

    /** A stable order by timestamp, for events that were not added in time order. */
    private int[] sortOrder() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        int[] scratch = new int[size];
        mergeSort(order, scratch, 0, size);
        return order;
    }

    private void mergeSort(int[] a, int[] scratch, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, scratch, from, mid);
        mergeSort(a, scratch, mid, to);
        if (ts[a[mid - 1]] <= ts[a[mid]]) {
            return;
        }
        System.arraycopy(a, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && ts[scratch[i]] <= ts[scratch[j]])) {
                a[k] = scratch[i++];
            } else {
                a[k] = scratch[j++];
            }
        }
    }

    private void permute(int[] order) {
        long[] ts2 = new long[size];
        short[] cpu2 = new short[size];
        int[] tid2 = new int[size];
        short[] type2 = new short[size];
        short[] flags2 = flags == null ? null : new short[size];
        int[] args2 = new int[size * 4];
        int[] lines2 = new int[size];
        for (int i = 0; i < size; i++) {
            int o = order[i];
            ts2[i] = ts[o];
            cpu2[i] = cpu[o];
            tid2[i] = tid[o];
            type2[i] = type[o];
            if (flags2 != null) {
                flags2[i] = flags[o];
            }
            System.arraycopy(args, o * 4, args2, i * 4, 4);
            lines2[i] = lines[o];
        }
        ts = ts2;
        cpu = cpu2;
        tid = tid2;
        type = type2;
        flags = flags2;
        args = args2;
        lines = lines2;
    }
}
