package org.rtscope.timeline;

import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

/**
 * The next or previous thing on a lane, for the {@code .} and {@code ,} keys: the next event on a
 * CPU, the next interrupt on its IRQ lane, the next event that concerns a task (its own events, the
 * switches and wake-ups naming it), the next marker, the next log record.
 */
public final class EventNavigator {
    private EventNavigator() {
    }

    /**
     * The step from ({@code time}, {@code event}) on {@code lane}; {@code event} is the selected trace event
     * (or -1), which breaks ties between events at the same time. Null when there is nothing further.
     */
    public static NavTarget step(TimelineData data, Lane lane, long time, int event, boolean forward) {
        Trace trace = data.trace();
        switch (lane.kind()) {
            case CPU:
                return event(trace, scan(trace, time, event, forward, i -> trace.cpu(i) == lane.cpu()));
            case TASK:
                return event(trace, scan(trace, time, event, forward, i -> concerns(trace, i, lane.id())));
            case IRQ:
                return event(trace, scan(trace, time, event, forward,
                        i -> trace.cpu(i) == lane.cpu() && trace.kind(i).isEntry()));
            case MARKERS:
            case REPORTS:
                return point(data.markers(lane.kind() == LaneKind.REPORTS ? -1 : lane.cpu()), time, forward,
                        NavTarget.Kind.MARKER);
            case LOG:
                return point(data.logs().get(lane.id()), time, forward, NavTarget.Kind.LOG);
            default:
                return null;
        }
    }

    /** True when event {@code i} is about task {@code tid}: it ran it, or switched, woke, signalled it. */
    public static boolean concerns(Trace trace, int i, int tid) {
        if (trace.tid(i) == tid) {
            return true;
        }
        EventKind kind = trace.kind(i);
        switch (kind) {
            case SCHED_SWITCH:
                return trace.arg(i, 0) == tid || trace.arg(i, 1) == tid;
            case SCHED_WAKEUP:
            case SCHED_WAKEUP_NEW:
            case SCHED_WAKING:
            case SCHED_PROCESS_EXIT:
            case SCHED_PI_SETPRIO:
                return trace.arg(i, 0) == tid;
            case SIGNAL_GENERATE:
                return trace.arg(i, 2) == tid;
            case SCHED_PROCESS_FORK:
                return trace.arg(i, 1) == tid;
            default:
                return false;
        }
    }

    private static NavTarget event(Trace trace, int i) {
        return i < 0 ? null : new NavTarget(NavTarget.Kind.EVENT, i, trace.ts(i));
    }

    private static int scan(Trace trace, long time, int event, boolean forward, java.util.function.IntPredicate match) {
        int n = trace.size();
        if (forward) {
            for (int i = event >= 0 ? event + 1 : trace.firstAtOrAfter(time + 1); i < n; i++) {
                if (match.test(i)) {
                    return i;
                }
            }
        } else {
            for (int i = event >= 0 ? event - 1 : trace.firstAtOrAfter(time) - 1; i >= 0; i--) {
                if (match.test(i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static NavTarget point(PointSeries points, long time, boolean forward, NavTarget.Kind kind) {
        int k = forward ? points.firstAtOrAfter(time + 1) : points.firstAtOrAfter(time) - 1;
        return k < 0 || k >= points.size() ? null : new NavTarget(kind, k, points.time(k));
    }
}
