package org.rtscope.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The user's lane choices: which CPUs to show (a subset, idle ones hidden, only those that ran RT),
 * which CPU groups are collapsed to their CPU lane, and which tasks get a lane besides the RT ones.
 * Immutable; each {@code with…} returns a changed copy.
 */
public record LaneOptions(Set<Integer> hiddenCpus, boolean hideIdleCpus, boolean onlyRt, Set<Integer> collapsedCpus,
                          List<Integer> chosenTasks) {

    public static final LaneOptions DEFAULT = new LaneOptions(Set.of(), false, false, Set.of(), List.of());

    public LaneOptions {
        hiddenCpus = Set.copyOf(hiddenCpus);
        collapsedCpus = Set.copyOf(collapsedCpus);
        chosenTasks = List.copyOf(chosenTasks);
    }

    public LaneOptions withCpuHidden(int cpu, boolean hidden) {
        return new LaneOptions(toggle(hiddenCpus, cpu, hidden), hideIdleCpus, onlyRt, collapsedCpus, chosenTasks);
    }

    public LaneOptions withHideIdleCpus(boolean value) {
        return new LaneOptions(hiddenCpus, value, onlyRt, collapsedCpus, chosenTasks);
    }

    public LaneOptions withOnlyRt(boolean value) {
        return new LaneOptions(hiddenCpus, hideIdleCpus, value, collapsedCpus, chosenTasks);
    }

    public LaneOptions withCollapsed(int cpu, boolean collapsed) {
        return new LaneOptions(hiddenCpus, hideIdleCpus, onlyRt, toggle(collapsedCpus, cpu, collapsed), chosenTasks);
    }

    /** Adds a lane for {@code tid}, or removes it when {@code chosen} is false. */
    public LaneOptions withTask(int tid, boolean chosen) {
        List<Integer> tasks = new ArrayList<>(chosenTasks);
        tasks.remove(Integer.valueOf(tid));
        if (chosen) {
            tasks.add(tid);
        }
        return new LaneOptions(hiddenCpus, hideIdleCpus, onlyRt, collapsedCpus, tasks);
    }

    private static Set<Integer> toggle(Set<Integer> set, int value, boolean present) {
        Set<Integer> copy = new LinkedHashSet<>(set);
        if (present) {
            copy.add(value);
        } else {
            copy.remove(value);
        }
        return copy;
    }
}
