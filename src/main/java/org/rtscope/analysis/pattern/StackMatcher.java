package org.rtscope.analysis.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.derived.FrameNames;
import org.rtscope.analysis.derived.ReportFrames;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Frame;
import org.rtscope.model.StackReport;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/**
 * A {@code stack} clue: frame regexes that must appear in this order, innermost first, with any frames in
 * between, in one backtrace. Backtraces are the reports of every source (oopses, lockups, crash and gdb
 * threads; a report's instruction-pointer function counts as its innermost frame) and the callchains
 * recorded with trace events. The matched function names become the value {@code frames}.
 */
final class StackMatcher implements ClueMatcher {
    /** The pseudo report kind that selects trace event callchains. */
    static final String EVENT_STACKS = "event";

    private final List<Pattern> frames;
    private final Set<String> kinds;

    /** @param kinds report kinds to search (and/or {@link #EVENT_STACKS}); empty for all */
    StackMatcher(List<Pattern> frames, Set<String> kinds) {
        this.frames = frames;
        this.kinds = kinds;
    }

    @Override
    public List<Hit> hits(CaseView view) {
        List<Hit> hits = new ArrayList<>();
        for (SourceRef source : view.sources()) {
            for (StackReport report : source.source().stacks()) {
                if (!kinds.isEmpty() && !kinds.contains(report.kind())) {
                    continue;
                }
                List<String> matched = match(ReportFrames.functions(report));
                if (matched != null) {
                    List<Finding.Evidence> evidence = List.of(Evidences.report(source, report),
                            Evidences.note(source, lineOf(report), report.time(), "frames: " + String.join(" ← ", matched)));
                    hits.add(new Hit(source, report.time(), report.time(), report.cpu(), report.pid(), report.pid(),
                            report.comm(), values(matched), evidence, -1, report));
                }
            }
            Trace trace = source.source().trace();
            if (trace != null && (kinds.isEmpty() || kinds.contains(EVENT_STACKS))) {
                for (int k = 0; k < trace.stackCount(); k++) {
                    matchEventStack(source, trace, trace.stackEvent(k), trace.stackAt(k), hits);
                }
            }
        }
        return hits;
    }

    private void matchEventStack(SourceRef source, Trace trace, int event, Backtrace stack, List<Hit> out) {
        List<String> names = new ArrayList<>();
        for (Frame f : stack.frames()) {
            names.add(FrameNames.normalize(f.function()));
        }
        List<String> matched = match(names);
        if (matched == null) {
            return;
        }
        Task task = trace.tasks().get(trace.tid(event));
        List<Finding.Evidence> evidence = new ArrayList<>();
        evidence.add(Evidences.event(source, trace, event));
        evidence.add(Evidences.eventStack(source, trace, event));
        out.add(new Hit(source, trace.ts(event), trace.ts(event), trace.cpu(event), trace.tid(event),
                task == null ? -1 : task.pid(), Evidences.comm(trace, trace.tid(event)), values(matched), evidence));
    }

    /** The names matched by each regex in order, or null when the frames do not contain the sequence. */
    List<String> match(List<String> names) {
        List<String> matched = new ArrayList<>();
        int at = 0;
        for (Pattern p : frames) {
            while (at < names.size() && !p.matcher(names.get(at)).matches()) {
                at++;
            }
            if (at == names.size()) {
                return null;
            }
            matched.add(names.get(at++));
        }
        return matched;
    }

    private static Map<String, String> values(List<String> matched) {
        Map<String, String> values = new HashMap<>();
        values.put("frames", String.join(" ← ", matched));
        return values;
    }

    private static int lineOf(StackReport report) {
        return report.backtrace().line() > 0 ? report.backtrace().line() : report.firstLine();
    }
}
