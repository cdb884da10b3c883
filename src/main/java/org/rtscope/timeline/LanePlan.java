package org.rtscope.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rtscope.model.Task;

/**
 * Decides which lanes are shown, top to bottom: per CPU a group (CPU lane, then its IRQ and marker
 * lanes unless collapsed), then a lane per task (the RT tasks, then the chosen ones), then a lane per
 * log source and the case-wide report lane. Filters apply to CPU groups; "only RT" also drops lanes of
 * chosen tasks that never ran RT.
 */
public final class LanePlan {
    private LanePlan() {
    }

    public static List<Lane> lanes(TimelineData data, LaneOptions options) {
        List<Lane> lanes = new ArrayList<>();
        for (int cpu = 0; cpu < data.cpuCount(); cpu++) {
            if (options.hiddenCpus().contains(cpu) || options.hideIdleCpus() && data.isIdleCpu(cpu)
                    || options.onlyRt() && !data.ranRealtime(cpu)) {
                continue;
            }
            lanes.add(Lane.cpu(cpu));
            if (!options.collapsedCpus().contains(cpu)) {
                lanes.add(Lane.irq(cpu));
                lanes.add(Lane.markers(cpu));
            }
        }
        Set<Integer> tids = new LinkedHashSet<>();
        for (int tid : data.realtimeTids()) {
            tids.add(tid);
        }
        for (int tid : options.chosenTasks()) {
            Task task = data.trace().tasks().get(tid);
            if (!options.onlyRt() || task != null && task.everRealtime()) {
                tids.add(tid);
            }
        }
        for (int tid : tids) {
            if (data.task(tid) != null) {
                lanes.add(Lane.task(tid));
            }
        }
        for (int k = 0; k < data.logs().size(); k++) {
            lanes.add(Lane.log(k));
        }
        if (data.hasCaseMarkers()) {
            lanes.add(Lane.reports());
        }
        return lanes;
    }
}
