package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rtscope.analysis.derived.SignalNames;
import org.rtscope.analysis.derived.TaskSlices;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.EventKind;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/**
 * {@code silentAfterSignal}: a thread that entered a signal handler ({@code signal_deliver} with a handler
 * address) and within {@code withinMillis} (default 10) went to sleep ({@code prev_state=S}) and never ran
 * again, with at least {@code minSeconds} (default 1) of trace left — what a handler blocked on a lock its
 * own thread holds looks like from the scheduler (CATALOG P23): the handler waits in a futex forever.
 * Signals in {@code ignoreSignals} (default SIGCHLD) are skipped: a shell or a process-spawning thread runs
 * its SIGCHLD handler and goes straight back to {@code wait()}, which looks the same and is harmless.
 */
final class SilentAfterSignalDetector extends TraceDetector {

    @Override
    public String name() {
        return "silentAfterSignal";
    }

    @Override
    public String description() {
        return "thread asleep for good right after entering a signal handler";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of("withinMillis", DetectorParams.Type.NUMBER, "minSeconds", DetectorParams.Type.NUMBER,
                "ignoreSignals", DetectorParams.Type.INTEGERS);
    }

    @Override
    List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params) {
        long within = params.millis("withinMillis", 10);
        long silence = params.seconds("minSeconds", 1);
        int[] ignored = params.integers("ignoreSignals", List.of(17)).stream().mapToInt(Integer::intValue).toArray();
        TaskSlices slices = view.taskSlices(trace);
        List<Hit> hits = new ArrayList<>();
        for (int i : trace.eventsOf(EventKind.SIGNAL_DELIVER)) {
            // cheapest tests first: a busy trace delivers hundreds of thousands of signals to threads that run
            // on, so the question per signal is only whether its thread's last slice had started by then
            int tid = trace.tid(i);
            int task = slices.taskIndex(tid);
            int lastIndex = task < 0 ? -1 : slices.sliceCount(task) - 1;
            if (lastIndex < 0 || slices.sliceStart(task, lastIndex) > trace.ts(i)
                    || isIgnored(ignored, trace.arg(i, 0)) || !hasHandler(trace.string(trace.arg(i, 3)))) {
                continue;
            }
            TaskSlices.Slice last = slices.slice(task, lastIndex);
            boolean sleptSoon = (last.endState() & TaskState.SLEEPING) != 0 && last.end() - trace.ts(i) <= within;
            if (!sleptSoon || trace.end() - last.end() < silence) {
                continue;
            }
            String comm = Evidences.comm(trace, tid);
            String signal = SignalNames.of(trace.arg(i, 0));
            int sleep = trace.slices(last.cpu()).size() > last.index() + 1
                    ? trace.slices(last.cpu()).startEvent(last.index() + 1) : i;
            String text = String.format(Locale.ROOT, "%s-%d entered its %s handler at %s, slept %.3f ms later and did"
                    + " not run again in the remaining %.1f s of the trace", comm, tid, signal, seconds(trace.ts(i)),
                    (last.end() - trace.ts(i)) / 1e6, (trace.end() - last.end()) / 1e9);
            hits.add(new Hit(source, trace.ts(i), last.end(), trace.cpu(i), tid, pid(trace, tid), comm,
                    Map.of("signal", signal),
                    List.of(Evidences.event(source, trace, i), Evidences.event(source, trace, sleep),
                            Evidences.note(source, trace.line(i), trace.ts(i), text))));
        }
        return hits;
    }

    private static boolean isIgnored(int[] ignored, int signal) {
        for (int s : ignored) {
            if (s == signal) {
                return true;
            }
        }
        return false;
    }

    /** {@code sa_handler} other than SIG_DFL (0) and SIG_IGN (1). */
    private static boolean hasHandler(String handlerField) {
        int at = handlerField.indexOf("sa_handler=");
        if (at < 0) {
            return false;
        }
        String value = handlerField.substring(at + "sa_handler=".length()).split("\\s")[0];
        return !value.equals("0") && !value.equals("1") && !value.equals("0x0") && !value.equals("0x1");
    }
}
