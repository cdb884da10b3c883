package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.derived.SignalHandlerLockWaits;
import org.rtscope.analysis.derived.SignalNames;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.Detector;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.Frame;
import org.rtscope.model.StackReport;

/**
 * {@code lockWaitUnderSignalFrame}: a backtrace (gdb thread, core) in which lock-wait frames sit above a
 * {@code <signal handler called>} frame of the same thread (see {@link SignalHandlerLockWaits}). Values:
 * {@code handler}, {@code lock}, {@code lockObject}, {@code interrupted}, {@code signal}, {@code lwp}.
 */
final class LockWaitUnderSignalFrameDetector implements Detector {

    @Override
    public String name() {
        return "lockWaitUnderSignalFrame";
    }

    @Override
    public String description() {
        return "lock wait above <signal handler called> in one thread's backtrace";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of();
    }

    @Override
    public List<Hit> detect(CaseView view, DetectorParams params) {
        List<Hit> hits = new ArrayList<>();
        for (SourceRef source : view.sources()) {
            for (StackReport report : source.source().stacks()) {
                Optional<SignalHandlerLockWaits.Wait> wait = SignalHandlerLockWaits.find(report.backtrace());
                wait.ifPresent(w -> hits.add(hit(source, report, w)));
            }
        }
        return hits;
    }

    private static Hit hit(SourceRef source, StackReport report, SignalHandlerLockWaits.Wait w) {
        List<Frame> frames = report.backtrace().frames();
        Map<String, String> values = new HashMap<>();
        values.put("handler", w.handler());
        values.put("lock", w.lockFunction());
        values.put("interrupted", w.interrupted());
        if (w.lockObject() != null) {
            values.put("lockObject", w.lockObject());
        }
        if (w.signal() > 0) {
            values.put("signal", SignalNames.of(w.signal()));
        }
        if (report.pid() > 0) {
            values.put("lwp", Integer.toString(report.pid()));
        }
        List<Finding.Evidence> evidence = new ArrayList<>();
        evidence.add(Evidences.report(source, report));
        evidence.add(Evidences.frames(source, report, "lock wait in the handler: ", frames.subList(0, w.handlerFrame() + 1)));
        int below = w.interruptedFrame() < 0 ? w.signalFrame() + 1 : Math.min(frames.size(), w.interruptedFrame() + 1);
        evidence.add(Evidences.frames(source, report, "interrupted code (may hold the lock): ",
                frames.subList(w.signalFrame(), below)));
        return new Hit(source, report.time(), report.time(), report.cpu(), report.pid(), -1, report.comm(), values,
                evidence, -1, report);
    }
}
