package org.rtscope.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * All threads of a trace by tid. Built while parsing (comms, pids) and while freezing the trace
 * (priorities, learned in time order from sched_switch, wake-ups, sched_pi_setprio and exits).
 * The idle task (tid 0) is not a task here; the per-CPU swapper threads share it.
 */
public final class TaskTable {
    private final List<Task> tasks;
    private final IntIntMap index = new IntIntMap();

    TaskTable(List<Task> tasks) {
        List<Task> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparingInt(Task::tid));
        this.tasks = Collections.unmodifiableList(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i).tid(), i);
        }
    }

    /** Tasks ordered by tid. */
    public List<Task> all() {
        return tasks;
    }

    public int size() {
        return tasks.size();
    }

    /** The task with this tid, or null (always null for the idle task 0). */
    public Task get(int tid) {
        int i = index.get(tid, -1);
        return i < 0 ? null : tasks.get(i);
    }

    /** A display name: "comm-tid", "&lt;idle&gt;" for tid 0, "tid" when nothing else is known. */
    public String label(int tid) {
        if (tid == 0) {
            return "<idle>";
        }
        Task task = get(tid);
        return task == null || task.comm().isEmpty() ? String.valueOf(tid) : task.comm() + "-" + tid;
    }

    /** Collects what parsers and the trace builder learn about each tid. */
    public static final class Builder {
        private final StringPool pool;
        private final IntIntMap slotOfTid = new IntIntMap();
        private int[] tids = new int[256];
        private int[] comms = new int[256];
        private int[] pids = new int[256];
        private long[][] since = new long[256][];
        private short[][] prios = new short[256][];
        private int[] prioCount = new int[256];
        private long[] onCpu = new long[256];
        private int size;

        Builder(StringPool pool) {
            this.pool = pool;
        }

        private int slot(int tid) {
            int slot = slotOfTid.get(tid, -1);
            if (slot >= 0) {
                return slot;
            }
            if (size == tids.length) {
                int n = size * 2;
                tids = Arrays.copyOf(tids, n);
                comms = Arrays.copyOf(comms, n);
                pids = Arrays.copyOf(pids, n);
                since = Arrays.copyOf(since, n);
                prios = Arrays.copyOf(prios, n);
                prioCount = Arrays.copyOf(prioCount, n);
                onCpu = Arrays.copyOf(onCpu, n);
            }
            slot = size++;
            tids[slot] = tid;
            comms[slot] = StringPool.EMPTY;
            pids[slot] = -1;
            slotOfTid.put(tid, slot);
            return slot;
        }

        /** Records the comm (a pool id) a source printed for {@code tid}; the latest one wins. */
        public void comm(int tid, int commId) {
            if (tid <= 0 || commId == StringPool.EMPTY) {
                return;
            }
            int slot = slot(tid); // before indexing: slot() may grow (replace) the arrays
            comms[slot] = commId;
        }

        /**
         * Records the comm {@code tid} is printed with, as UTF-8 bytes. Parsers call this for nearly every
         * event, and it is nearly always the comm already recorded: that case compares bytes and interns
         * nothing.
         */
        public void comm(int tid, byte[] buf, int off, int len) {
            if (tid <= 0 || len <= 0) {
                return;
            }
            int slot = slot(tid);
            int known = comms[slot];
            if (known == StringPool.EMPTY || !pool.hasBytes(known, buf, off, len)) {
                comms[slot] = pool.intern(buf, off, len);
            }
        }

        /** Records the thread-group id of {@code tid}. */
        public void pid(int tid, int pid) {
            if (tid <= 0 || pid <= 0) {
                return;
            }
            int slot = slot(tid); // before indexing: slot() may grow (replace) the arrays
            pids[slot] = pid;
        }

        /** Makes sure {@code tid} is a known task even when nothing else is known of it. */
        public void seen(int tid) {
            if (tid > 0) {
                slot(tid);
            }
        }

        /** The comm id recorded for {@code tid}, or {@link StringPool#EMPTY}. */
        public int commOf(int tid) {
            int slot = slotOfTid.get(tid, -1);
            return slot < 0 ? StringPool.EMPTY : comms[slot];
        }

        /** Records that {@code tid} had kernel priority {@code prio} at {@code ts}; calls come in time order. */
        void prio(int tid, long ts, int prio) {
            if (tid <= 0 || prio == Task.NO_PRIO) {
                return;
            }
            prioOfSlot(slot(tid), ts, prio);
        }

        /**
         * The slot of {@code tid} (made known if new), or -1 for idle and invalid tids. With
         * {@link #prioOfSlot} it lets the trace builder look a running task up once per slice rather than
         * on every event.
         */
        int knownSlot(int tid) {
            return tid > 0 ? slot(tid) : -1;
        }

        /** {@link #prio} for a slot of {@link #knownSlot} (ignored when -1). */
        void prioOfSlot(int slot, long ts, int prio) {
            if (slot < 0 || prio == Task.NO_PRIO) {
                return;
            }
            int n = prioCount[slot];
            if (n > 0 && prios[slot][n - 1] == prio) {
                return;
            }
            if (prios[slot] == null) {
                prios[slot] = new short[2];
                since[slot] = new long[2];
            } else if (n == prios[slot].length) {
                prios[slot] = Arrays.copyOf(prios[slot], n * 2);
                since[slot] = Arrays.copyOf(since[slot], n * 2);
            }
            prios[slot][n] = (short) prio;
            since[slot][n] = ts;
            prioCount[slot] = n + 1;
        }

        /**
         * Adds what another builder learned (a later chunk of the same file): its comms win, as they
         * were seen later. {@code stringMap} maps the other builder's pool ids to this one's.
         */
        void appendFrom(Builder other, int[] stringMap) {
            for (int slot = 0; slot < other.size; slot++) {
                int tid = other.tids[slot];
                seen(tid);
                if (other.comms[slot] != StringPool.EMPTY) {
                    comm(tid, stringMap[other.comms[slot]]);
                }
                if (other.pids[slot] > 0) {
                    pid(tid, other.pids[slot]);
                }
            }
        }

        /** Adds a run slice's length to the task in {@code slot} (a slot of {@link #knownSlot}). */
        void addOnCpu(int slot, long nanos) {
            onCpu[slot] += nanos;
        }

        /** The last priority recorded for {@code tid}, or {@link Task#NO_PRIO}. */
        int lastPrio(int tid) {
            int slot = slotOfTid.get(tid, -1);
            if (slot < 0 || prioCount[slot] == 0) {
                return Task.NO_PRIO;
            }
            return prios[slot][prioCount[slot] - 1];
        }

        TaskTable build() {
            List<Task> tasks = new ArrayList<>(size);
            for (int slot = 0; slot < size; slot++) {
                int n = prioCount[slot];
                long[] s = n == 0 ? new long[0] : Arrays.copyOf(since[slot], n);
                short[] p = n == 0 ? new short[0] : Arrays.copyOf(prios[slot], n);
                tasks.add(new Task(tids[slot], pids[slot], pool.get(comms[slot]), s, p, onCpu[slot]));
            }
            return new TaskTable(tasks);
        }
    }
}
