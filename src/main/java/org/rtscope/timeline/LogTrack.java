package org.rtscope.timeline;

import java.util.Arrays;
import org.rtscope.model.LogStore;

/**
 * The records of one log source that have a boot-clock time, in time order (a log file's order is
 * mostly but not always time order: continuation lines, several boots, merged files), as a point
 * series keyed by syslog level, so the log lane shows the most severe record of each pixel column.
 *
 * @see LogStore
 */
public final class LogTrack implements PointSeries {
    /** The level records without one are drawn with (info). */
    public static final int DEFAULT_LEVEL = 6;

    private final int source;
    private final String sourceName;
    private final LogStore logs;
    private final int[] order;
    private final long[] time;

    public LogTrack(int source, String sourceName, LogStore logs) {
        this.source = source;
        this.sourceName = sourceName;
        this.logs = logs;
        int n = 0;
        Integer[] idx = new Integer[logs.size()];
        for (int i = 0; i < logs.size(); i++) {
            if (logs.bootNs(i) != LogStore.NO_TIME) {
                idx[n++] = i;
            }
        }
        Integer[] timed = Arrays.copyOf(idx, n);
        Arrays.sort(timed, (a, b) -> Long.compare(logs.bootNs(a), logs.bootNs(b)));
        order = new int[n];
        time = new long[n];
        for (int k = 0; k < n; k++) {
            order[k] = timed[k];
            time[k] = logs.bootNs(timed[k]);
        }
    }

    public int source() {
        return source;
    }

    public String sourceName() {
        return sourceName;
    }

    public LogStore logs() {
        return logs;
    }

    @Override
    public int size() {
        return order.length;
    }

    @Override
    public long time(int k) {
        return time[k];
    }

    /** The record's level (0 emerg … 7 debug). */
    @Override
    public int key(int k) {
        int level = logs.level(order[k]);
        return level == LogStore.NO_LEVEL ? DEFAULT_LEVEL : Math.max(0, Math.min(7, level));
    }

    /** More severe (lower level) wins. */
    @Override
    public int priority(int k) {
        return 8 - key(k);
    }

    /** The LogStore record index of point {@code k}. */
    public int record(int k) {
        return order[k];
    }
}
