package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.derived.LogFrames;
import org.rtscope.analysis.derived.ReportFrames;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.Detector;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;

/**
 * {@code crossCallWaits}: kernel reports (soft/hard lockups, NMI backtraces, stall dumps) of at least
 * {@code minCpus} (default 2) different CPUs within {@code windowSeconds} (default 120) whose CPU was
 * waiting for a cross-CPU call: instruction pointer or one of the innermost frames in
 * {@code smp_call_function*}, {@code csd_lock_wait}, {@code on_each_cpu*}, TLB-flush IPIs, stop_machine,
 * or a module's own cross-call wait ({@code functions} adds regexes). Two CPUs each spinning for the other's
 * acknowledgement is the wait-for cycle of CATALOG P14. Reports come from the importers' reports, or,
 * for a log whose report the importer did not link, from the frame lines after the lockup line.
 */
final class CrossCallWaitsDetector implements Detector {
    static final List<String> KERNEL_WAITS = List.of("smp_call_function(?!.*interrupt).*", "csd_lock_wait.*", "__?csd_lock_wait",
            "on_each_cpu.*", "native_flush_tlb_multi", "flush_tlb_mm_range", "flush_tlb_others", "kick_all_cpus_sync",
            "multi_cpu_stop", "stop_machine.*", "text_poke_bp.*", "synchronize_rcu_expedited", "generic_exec_single",
            ".*xcall.*", ".*x_call.*", ".*cross_?call.*");
    private static final Pattern LOCKUP_CPU = Pattern.compile(
            "soft lockup - CPU#(\\d+)|hard LOCKUP on cpu (\\d+)|NMI backtrace for cpu (\\d+)(?! skipped)"
            + "|Task dump for CPU (\\d+)");
    /** Frames looked at, from the innermost; the IRQ section of a lockup stack takes about ten. */
    private static final int DEPTH = 24;

    private record Wait(SourceRef source, int cpu, long time, String function, Finding.Evidence evidence,
                        StackReport report, int record) {
    }

    @Override
    public String name() {
        return "crossCallWaits";
    }

    @Override
    public String description() {
        return "cross-CPU call waits in the stacks of several CPUs at once";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of("functions", DetectorParams.Type.STRINGS, "minCpus", DetectorParams.Type.NUMBER,
                "windowSeconds", DetectorParams.Type.NUMBER);
    }

    @Override
    public List<Hit> detect(CaseView view, DetectorParams params) {
        List<Pattern> functions = new ArrayList<>(params.patterns("functions", List.of()));
        KERNEL_WAITS.forEach(f -> functions.add(Pattern.compile(f)));
        int minCpus = (int) params.number("minCpus", 2);
        long window = params.seconds("windowSeconds", 120);
        List<Wait> waits = new ArrayList<>();
        for (SourceRef source : view.sources()) {
            for (StackReport report : source.source().stacks()) {
                String fn = report.cpu() < 0 ? null : ReportFrames.firstMatching(report, functions, DEPTH);
                if (fn != null) {
                    waits.add(new Wait(source, report.cpu(), report.time(), fn, Evidences.report(source, report), report,
                            -1));
                }
            }
            LogStore logs = source.source().logs();
            if (logs != null) {
                collectFromLog(source, logs, functions, waits);
            }
        }
        waits.sort(Comparator.comparingLong(w -> w.time() == Hit.NO_TIME ? Long.MAX_VALUE : w.time()));
        List<Hit> hits = new ArrayList<>();
        for (Wait w : waits) {
            List<Wait> near = waits.stream().filter(o -> o.source().equals(w.source())
                    && (w.time() == Hit.NO_TIME || o.time() == Hit.NO_TIME || Math.abs(o.time() - w.time()) <= window))
                    .toList();
            TreeSet<Integer> cpus = near.stream().map(Wait::cpu).collect(Collectors.toCollection(TreeSet::new));
            if (cpus.size() >= minCpus) {
                String list = cpus.stream().map(String::valueOf).collect(Collectors.joining(","));
                Finding.Evidence note = Evidences.note(w.source(), w.evidence().line(), w.time(),
                        "CPU " + w.cpu() + " waits in " + w.function() + "; CPUs waiting for cross-calls: " + list);
                hits.add(new Hit(w.source(), w.time(), w.time(), w.cpu(), -1, -1, "",
                        Map.of("waitFunction", w.function(), "waitingCpus", list), List.of(w.evidence(), note),
                        w.record(), w.report()));
            }
        }
        return hits;
    }

    private static void collectFromLog(SourceRef source, LogStore logs, List<Pattern> functions, List<Wait> out) {
        for (int i = 0; i < logs.size(); i++) {
            if (logs.report(i) >= 0) {
                continue;
            }
            Matcher m = LOCKUP_CPU.matcher(logs.text(i));
            if (!m.find()) {
                continue;
            }
            int cpu = -1;
            for (int g = 1; g <= m.groupCount() && cpu < 0; g++) {
                if (m.group(g) != null) {
                    cpu = Integer.parseInt(m.group(g));
                }
            }
            List<String> names = LogFrames.after(logs, i);
            for (int k = 0; k < Math.min(DEPTH, names.size()); k++) {
                String name = names.get(k);
                if (functions.stream().anyMatch(p -> p.matcher(name).matches())) {
                    out.add(new Wait(source, cpu, logs.bootNs(i), name, Evidences.log(source, logs, i), null, i));
                    break;
                }
            }
        }
    }
}
