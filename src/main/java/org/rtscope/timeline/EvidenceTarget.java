package org.rtscope.timeline;

import java.util.List;
import org.rtscope.model.Backtrace;

/**
 * Where one evidence line of a finding leads: the trace event, log record or report it names (as far
 * as it can be found in the case), its time and CPU for the timeline, the log lines around it, and the
 * backtrace to show with the frames the finding is about.
 *
 * @param kind          what was found
 * @param source        index of the case source, or -1
 * @param index         event index (EVENT), log record (LOG), report index in its source (REPORT), or -1
 * @param logTrack      index into {@link TimelineData#logs()} for LOG, else -1
 * @param time          ns, or {@link Long#MIN_VALUE} when unknown
 * @param cpu           CPU the evidence is about, or -1
 * @param context       lines around a log record ("1244.392351 sched: RT throttling activated"), else empty
 * @param contextFocus  index of the evidence line itself in {@code context}, or -1
 * @param backtrace     a stack to show (the event's or the report's), or null
 * @param signature     indices of {@code backtrace}'s frames that the finding names
 */
public record EvidenceTarget(Kind kind, int source, int index, int logTrack, long time, int cpu, List<String> context,
                             int contextFocus, Backtrace backtrace, List<Integer> signature) {
    public enum Kind { EVENT, LOG, REPORT, TIME, NONE }

    public EvidenceTarget {
        context = List.copyOf(context);
        signature = List.copyOf(signature);
    }

    public boolean hasTime() {
        return time != Long.MIN_VALUE;
    }
}
