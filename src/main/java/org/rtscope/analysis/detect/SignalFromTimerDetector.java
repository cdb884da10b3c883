package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.derived.KillAttribution;
import org.rtscope.analysis.derived.SignalNames;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.Trace;

/**
 * {@code signalFromTimer}: fatal signals the kernel raised ({@code code=128}) through one of the given
 * paths (see {@link KillAttribution}). Parameters: {@code signals} (default SIGKILL and SIGXCPU) and
 * {@code paths} (default the POSIX CPU timer paths and "no callchain": tick, task_work, timer_thread,
 * unknown). Values: {@code sig}, {@code signal}, {@code path}, {@code sender}, and {@code runMs}, the
 * victim's RT run time since it last blocked, when the trace has its scheduling events.
 */
final class SignalFromTimerDetector extends TraceDetector {
    private static final List<String> TIMER_PATHS = List.of("tick", "task_work", "timer_thread", "unknown");

    @Override
    public String name() {
        return "signalFromTimer";
    }

    @Override
    public String description() {
        return "SIGKILL/SIGXCPU with code=128 raised by the POSIX CPU timer (RLIMIT_RTTIME) path";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of("signals", DetectorParams.Type.INTEGERS, "paths", DetectorParams.Type.STRINGS);
    }

    @Override
    List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params) {
        Set<Integer> signals = new HashSet<>(params.integers("signals", List.of(9, 24)));
        Set<String> paths = new HashSet<>(params.strings("paths", TIMER_PATHS));
        List<Hit> hits = new ArrayList<>();
        for (KillAttribution.Kill kill : KillAttribution.of(trace, signals, view.rtRunBudget(trace))) {
            if (!paths.contains(kill.path().name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            hits.add(hit(source, trace, kill));
        }
        return hits;
    }

    private static Hit hit(SourceRef source, Trace trace, KillAttribution.Kill kill) {
        List<Finding.Evidence> evidence = new ArrayList<>();
        evidence.add(Evidences.event(source, trace, kill.event()));
        Finding.Evidence stack = Evidences.eventStack(source, trace, kill.event());
        if (stack != null) {
            evidence.add(stack);
        }
        String sender = kill.senderTid() == kill.victimTid() ? "the victim's own context"
                : Evidences.comm(trace, kill.senderTid()) + "-" + kill.senderTid();
        StringBuilder note = new StringBuilder(String.format(Locale.ROOT,
                "%s (code=128, SI_KERNEL) to %s-%d, raised in %s%s; %s", SignalNames.of(kill.signal()),
                kill.victimComm(), kill.victimTid(), sender, kill.inHardIrq() ? " in hard-IRQ context" : "",
                kill.path().description()));
        Map<String, String> values = new HashMap<>();
        values.put("sig", Integer.toString(kill.signal()));
        values.put("signal", SignalNames.of(kill.signal()));
        values.put("path", kill.path().description());
        values.put("sender", sender);
        if (kill.rtRunNanos() >= 0) {
            values.put("runMs", ms(kill.rtRunNanos()));
            note.append(String.format(Locale.ROOT, "; %s ms of RT run time since it last blocked",
                    ms(kill.rtRunNanos())));
        }
        if (Boolean.TRUE.equals(kill.victimRealtime())) {
            values.put("realtime", "yes");
        }
        evidence.add(Evidences.note(source, trace.line(kill.event()), kill.time(), note.toString()));
        return new Hit(source, kill.time(), kill.time(), kill.cpu(), kill.victimTid(), pid(trace, kill.victimTid()),
                kill.victimComm(), values, evidence);
    }
}
