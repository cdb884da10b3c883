package org.rtscope.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Collects events from a parser into growable primitive columns and freezes them into a {@link Trace}:
 * sorts by time once (stable; a no-op for text that is already ordered), learns task priorities in
 * time order and derives the per-CPU run slices.
 *
 * <p>Not thread-safe: one builder per parser.
 */
public final class TraceBuilder {
    private final StringPool pool = new StringPool();
    private final TaskTable.Builder tasks = new TaskTable.Builder(pool);
    private final IntIntMap typeOfName = new IntIntMap();
    /** Pool id of each type's name. */
    private int[] typeNameIds = new int[16];
    /** The type last looked up per name length, or -1. */
    private final int[] recentTypeOfLength = newRecentTypes();
    private final List<String> typeNames = new ArrayList<>();
    private final List<EventKind> typeKinds = new ArrayList<>();

    private long[] ts;
    private short[] cpu;
    private int[] tid;
    private short[] type;
    private short[] flags;
    private int[] args;
    private int[] lines;
    private int size;

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
        flags = new short[n];
        args = new int[n * 4];
        lines = new int[n];
    }

    /**
     * Joins builders of consecutive chunks of one source into a new one with exactly sized columns:
     * one copy per column instead of growing the first chunk's. The strings, event types and tasks of
     * the parts are merged first, in order; then every part's events are copied into their place in
     * parallel, since the copying of hundreds of megabytes of fresh columns is what a join costs.
     *
     * @param lineOffsets for each part, the number of source lines before it
     */
    public static TraceBuilder concat(List<TraceBuilder> parts, int[] lineOffsets) {
        int total = 0;
        int text = 0;
        for (TraceBuilder part : parts) {
            total += part.size;
            text += part.textSize;
        }
        TraceBuilder joined = new TraceBuilder(total);
        joined.text = new byte[text];
        int[][] stringMaps = new int[parts.size()][];
        int[][] typeMaps = new int[parts.size()][];
        int[] eventBases = new int[parts.size()];
        int[] textBases = new int[parts.size()];
        for (int k = 0; k < parts.size(); k++) {
            TraceBuilder part = parts.get(k);
            stringMaps[k] = joined.mergeStrings(part);
            typeMaps[k] = joined.mergeTypes(part);
            eventBases[k] = joined.size;
            textBases[k] = joined.textSize;
            joined.size += part.size;
            joined.textSize += part.textSize;
        }
        IntStream.range(0, parts.size()).parallel().forEach(k -> joined.copyEvents(parts.get(k), eventBases[k],
                textBases[k], lineOffsets[k], stringMaps[k], typeMaps[k]));
        for (int k = 0; k < parts.size(); k++) {
            TraceBuilder part = parts.get(k);
            for (int j = 0; j < part.stacks.size(); j++) {
                joined.attachStack(eventBases[k] + part.stackOwners[j], part.stacks.get(j));
            }
            joined.tasks.appendFrom(part.tasks, stringMaps[k]);
            joined.declareCpus(part.declaredCpus);
        }
        return joined;
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
                            int[] typeMap) {
        System.arraycopy(other.text, 0, text, textBase, other.textSize);
        System.arraycopy(other.ts, 0, ts, base, other.size);
        System.arraycopy(other.cpu, 0, cpu, base, other.size);
        System.arraycopy(other.tid, 0, tid, base, other.size);
        System.arraycopy(other.flags, 0, flags, base, other.size);
        System.arraycopy(other.args, 0, args, base * 4, other.size * 4);
        EventKind[] kinds = typeKinds.toArray(new EventKind[0]);
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
        ts[i] = timestamp;
        cpu[i] = (short) eventCpu;
        tid[i] = task;
        type[i] = (short) eventType;
        flags[i] = (short) irqFlags;
        int a = i * 4;
        args[a] = a0;
        args[a + 1] = a1;
        args[a + 2] = a2;
        args[a + 3] = a3;
        lines[i] = line;
        return i;
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
        flags = Arrays.copyOf(flags, n);
        args = Arrays.copyOf(args, n * 4);
        lines = Arrays.copyOf(lines, n);
    }

    /** Freezes the events into an immutable trace. The builder must not be used afterwards. */
    public Trace build() {
        int[] order = sortOrder();
        if (order != null) {
            permute(order);
        }
        int maxCpu = -1;
        for (int i = 0; i < size; i++) {
            maxCpu = Math.max(maxCpu, cpu[i]);
        }
        int cpuCount = Math.max(declaredCpus, maxCpu + 1);
        long[] finalTs = keepsSlack() ? ts : Arrays.copyOf(ts, size);
        CpuSlices[] slices = deriveSlices(cpuCount, finalTs);

        int[] stackEvents = new int[stacks.size()];
        Backtrace[] stackArray = new Backtrace[stacks.size()];
        Integer[] byEvent = new Integer[stacks.size()];
        int[] inverse = inverse(order);
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
                finalTs, exact(cpu), exact(tid), exact(type), exact(flags),
                keepsSlack() ? args : Arrays.copyOf(args, size * 4),
                text.length == textSize ? text : Arrays.copyOf(text, textSize),
                LineIndex.of(lines, size), stackEvents, stackArray, cpuCount, tasks.build(), slices);
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

    /** A stable order by timestamp, or null when the events are already ordered. */
    private int[] sortOrder() {
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = ts[i - 1] <= ts[i];
        }
        if (sorted) {
            return null;
        }
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
        short[] flags2 = new short[size];
        int[] args2 = new int[size * 4];
        int[] lines2 = new int[size];
        for (int i = 0; i < size; i++) {
            int o = order[i];
            ts2[i] = ts[o];
            cpu2[i] = cpu[o];
            tid2[i] = tid[o];
            type2[i] = type[o];
            flags2[i] = flags[o];
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

    /**
     * One pass in time order: records priorities into the task table and cuts each CPU's time into
     * slices. A sched_switch closes the running slice and opens the next task's. When an event shows a
     * task other than the one believed current (a switch the kernel did not log, or lost events), the
     * switch is inferred to have happened at the previous task's last event.
     */
    private CpuSlices[] deriveSlices(int cpuCount, long[] finalTs) {
        long end = size == 0 ? 0 : finalTs[size - 1];
        CpuSlices.Builder[] builders = new CpuSlices.Builder[cpuCount];
        int[] current = new int[cpuCount];
        // task-table slot of current[c], so that the events of a running task need no tid lookup
        int[] currentSlot = new int[cpuCount];
        int[] lastSeen = new int[cpuCount];
        for (int c = 0; c < cpuCount; c++) {
            builders[c] = new CpuSlices.Builder(c);
            current[c] = -1;
            currentSlot[c] = -1;
        }
        EventKind[] kinds = typeKinds.toArray(new EventKind[0]);
        for (int i = 0; i < size; i++) {
            int c = cpu[i];
            if (c < 0) {
                continue;
            }
            long t = ts[i];
            int a = i * 4;
            EventKind kind = kinds[type[i]];
            switch (kind) {
                case SCHED_SWITCH: {
                    int prev = args[a];
                    int next = args[a + 1];
                    int prevPrio = EventKind.lowPrio(args[a + 2]);
                    int nextPrio = EventKind.highPrio(args[a + 2]);
                    int prevSlot = prev == current[c] && currentSlot[c] >= 0 ? currentSlot[c] : tasks.knownSlot(prev);
                    int nextSlot = tasks.knownSlot(next);
                    tasks.prioOfSlot(prevSlot, t, prevPrio);
                    tasks.prioOfSlot(nextSlot, t, nextPrio);
                    ensureRunning(builders[c], current, currentSlot, lastSeen, c, prev, i);
                    builders[c].closeLast(args[a + 3], prev == 0 ? Task.NO_PRIO : prevPrio);
                    builders[c].open(i, next, next == 0 ? Task.NO_PRIO : nextPrio, 0);
                    current[c] = next;
                    currentSlot[c] = nextSlot;
                    lastSeen[c] = i;
                    continue;
                }
                case SCHED_WAKEUP:
                case SCHED_WAKEUP_NEW:
                case SCHED_WAKING:
                case SCHED_PROCESS_EXIT:
                    tasks.prio(args[a], t, args[a + 1]);
                    break;
                case SCHED_PI_SETPRIO:
                    tasks.prio(args[a], t, args[a + 2]);
                    break;
                case SCHED_PROCESS_EXEC:
                    // after exec the task is its thread group's leader: tgid == tid
                    tasks.pid(args[a], args[a]);
                    break;
                default:
                    break;
            }
            if (tid[i] != current[c]) {
                tasks.seen(tid[i]); // the running task was seen when it was switched in
            }
            ensureRunning(builders[c], current, currentSlot, lastSeen, c, tid[i], i);
        }
        CpuSlices[] result = new CpuSlices[cpuCount];
        for (int c = 0; c < cpuCount; c++) {
            builders[c].markLastPartialEnd();
            result[c] = builders[c].build(finalTs, end);
        }
        return result;
    }

    /** Makes {@code task} the running task of CPU {@code c} at event {@code event}, inferring a missed switch. */
    private void ensureRunning(CpuSlices.Builder slices, int[] current, int[] currentSlot, int[] lastSeen, int c, int task,
                               int event) {
        if (current[c] == task) {
            lastSeen[c] = event;
            return;
        }
        currentSlot[c] = -1;
        int prio = task == 0 ? Task.NO_PRIO : tasks.lastPrio(task);
        if (current[c] == -1) {
            // running since before the trace started: the slice begins with the trace (event 0)
            slices.open(0, task, prio, CpuSlices.PARTIAL_START);
        } else {
            slices.closeLast(TaskState.UNKNOWN);
            slices.open(lastSeen[c], task, prio, CpuSlices.INFERRED_START);
        }
        current[c] = task;
        lastSeen[c] = event;
    }
}
