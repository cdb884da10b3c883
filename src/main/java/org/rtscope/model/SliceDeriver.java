package org.rtscope.model;

/**
 * Walks events in time order, records priorities into the task table and cuts each CPU's time into
 * slices. A sched_switch closes the running slice and opens the next task's. When an event shows a task
 * other than the one believed current (a switch the kernel did not log, or lost events), the switch is
 * inferred to have happened at the previous task's last event.
 *
 * <p>Resumable: {@link #run} may be called for consecutive index ranges, so that a joined import can
 * derive the slices of its first part while the later parts are still being copied into the columns.
 *
 * <p>Since this is the one pass over every event that a load makes after parsing, it also counts each
 * CPU's events, indexes the kinds of {@link EventsByKind#UP_FRONT}, and sums each task's on-CPU time and
 * each CPU's RT time as slices end: on millions of events every further pass costs a cold JVM tenths of
 * a second.
 */
final class SliceDeriver {
    private final TaskTable.Builder tasks;
    private final EventKind[] kinds;
    private final CpuSlices.Builder[] builders;
    /** Task believed running on each CPU, -1 before its first event. */
    private final int[] current;
    /** Task-table slot of current[c], so that the events of a running task need no tid lookup. */
    private final int[] currentSlot;
    /** Last event seen on each CPU. */
    private final int[] lastSeen;
    private final int[] eventsOnCpu;
    private final EventsByKind.Filler kindIndex;
    /** Per CPU, the start event of the slice still open (-1 before the first) and its task's slot (-1 for idle). */
    private final int[] openStart;
    private final int[] openSlot;
    private final long[] rtNanos;
    /** The timestamp column of the current {@link #run}. */
    private long[] ts;

    /** @param typeCounts the number of events of each type, to size the kind index */
    SliceDeriver(int cpuCount, TaskTable.Builder tasks, EventKind[] kinds, int[] typeCounts) {
        this.tasks = tasks;
        this.kinds = kinds;
        kindIndex = new EventsByKind.Filler(kinds, typeCounts);
        eventsOnCpu = new int[cpuCount];
        openStart = new int[cpuCount];
        openSlot = new int[cpuCount];
        rtNanos = new long[cpuCount];
        builders = new CpuSlices.Builder[cpuCount];
        current = new int[cpuCount];
        currentSlot = new int[cpuCount];
        lastSeen = new int[cpuCount];
        for (int c = 0; c < cpuCount; c++) {
            builders[c] = new CpuSlices.Builder(c);
            current[c] = -1;
            currentSlot[c] = -1;
            openStart[c] = -1;
        }
    }

    int cpuCount() {
        return builders.length;
    }

    /** Derives from the events [from, to) of the columns, which continue the events of earlier calls. */
    void run(long[] ts, short[] cpu, int[] tid, short[] type, int[] args, int from, int to) {
        this.ts = ts;
        for (int i = from; i < to; i++) {
            int eventType = type[i];
            kindIndex.add(eventType, i);
            int c = cpu[i];
            if (c < 0) {
                continue;
            }
            eventsOnCpu[c]++;
            long t = ts[i];
            int a = i * 4;
            switch (kinds[eventType]) {
                case SCHED_SWITCH: {
                    int prev = args[a];
                    int next = args[a + 1];
                    int prevPrio = EventKind.lowPrio(args[a + 2]);
                    int nextPrio = EventKind.highPrio(args[a + 2]);
                    int prevSlot = prev == current[c] && currentSlot[c] >= 0 ? currentSlot[c] : tasks.knownSlot(prev);
                    int nextSlot = tasks.knownSlot(next);
                    tasks.prioOfSlot(prevSlot, t, prevPrio);
                    tasks.prioOfSlot(nextSlot, t, nextPrio);
                    ensureRunning(c, prev, i);
                    builders[c].closeLast(args[a + 3], prev == 0 ? Task.NO_PRIO : prevPrio);
                    open(c, i, next, nextSlot, next == 0 ? Task.NO_PRIO : nextPrio, 0);
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
            ensureRunning(c, tid[i], i);
        }
    }

    /** The slices of every CPU; the last slice of each ends with the trace. */
    CpuSlices[] finish(long[] finalTs, int size) {
        long end = size == 0 ? 0 : finalTs[size - 1];
        CpuSlices[] result = new CpuSlices[builders.length];
        for (int c = 0; c < builders.length; c++) {
            if (openStart[c] >= 0) {
                account(c, end);
            }
            builders[c].markLastPartialEnd();
            result[c] = builders[c].build(finalTs, end, rtNanos[c]);
        }
        return result;
    }

    /** Ends CPU {@code c}'s open slice (if any) where a new one starts at {@code event}, then opens that one. */
    private void open(int c, int event, int task, int slot, int prio, int sliceFlags) {
        if (openStart[c] >= 0) {
            account(c, ts[event]);
        }
        builders[c].open(event, task, prio, sliceFlags);
        openStart[c] = event;
        openSlot[c] = slot;
    }

    /** Adds the open slice of CPU {@code c}, ending at {@code end}, to its task's and its CPU's RT time. */
    private void account(int c, long end) {
        long nanos = end - ts[openStart[c]];
        if (openSlot[c] >= 0) {
            tasks.addOnCpu(openSlot[c], nanos);
            if (SchedClass.ofKernelPrio(builders[c].lastPrio()) == SchedClass.RT) {
                rtNanos[c] += nanos;
            }
        }
    }

    /** Events of each CPU (events without a CPU are not counted). */
    int[] eventsOnCpu() {
        return eventsOnCpu;
    }

    /** The indices of the {@link EventsByKind#UP_FRONT} kinds and of the rare types. */
    EventsByKind.Filler kindIndex() {
        return kindIndex;
    }

    /** Makes {@code task} the running task of CPU {@code c} at event {@code event}, inferring a missed switch. */
    private void ensureRunning(int c, int task, int event) {
        if (current[c] == task) {
            lastSeen[c] = event;
            return;
        }
        currentSlot[c] = -1;
        int prio = task == 0 ? Task.NO_PRIO : tasks.lastPrio(task);
        CpuSlices.Builder slices = builders[c];
        int slot = tasks.knownSlot(task);
        if (current[c] == -1) {
            // running since before the trace started: the slice begins with the trace (event 0)
            open(c, 0, task, slot, prio, CpuSlices.PARTIAL_START);
        } else {
            slices.closeLast(TaskState.UNKNOWN);
            open(c, lastSeen[c], task, slot, prio, CpuSlices.INFERRED_START);
        }
        current[c] = task;
        lastSeen[c] = event;
    }
}
