package org.rtscope.analysis.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.rtscope.analysis.Finding;
import org.rtscope.model.EventFields;
import org.rtscope.model.EventKind;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/**
 * An {@code event} clue: trace events of one name whose fields satisfy every predicate. Fields are the
 * kernel's names ({@code sig}, {@code code}, {@code prev_state}, {@code function} …); events the model does
 * not know natively keep their raw text, whose {@code name=value} pairs are matched instead. Each hit is
 * about the task named by the {@code subject} field, or else the task that was current.
 */
final class EventMatcher implements ClueMatcher {
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z_][\\w.]*)=(\\S*)");

    private final String event;
    private final List<FieldPredicate> predicates;
    private final String subject;

    EventMatcher(String event, List<FieldPredicate> predicates, String subject) {
        int colon = event.indexOf(':');
        this.event = colon >= 0 ? event.substring(colon + 1) : event;
        this.predicates = predicates;
        this.subject = subject;
    }

    @Override
    public List<Hit> hits(CaseView view) {
        List<Hit> hits = new ArrayList<>();
        for (SourceRef source : view.traceSources()) {
            Trace trace = source.source().trace();
            boolean[] types = new boolean[trace.typeCount()];
            boolean any = false;
            for (int t = 0; t < types.length; t++) {
                String name = trace.typeName(t);
                int colon = name.indexOf(':');
                types[t] = (colon >= 0 ? name.substring(colon + 1) : name).equals(event);
                any |= types[t];
            }
            if (!any) {
                continue;
            }
            for (int i : candidates(trace, types)) {
                Map<String, String> fields = fields(trace, i);
                if (predicates.stream().allMatch(p -> p.test(fields.get(p.field())))) {
                    hits.add(hit(source, trace, i, fields));
                }
            }
        }
        return hits;
    }

    /**
     * The events of the wanted types in index order: read from the trace's index when every such type is
     * rare (a pattern's event is usually a rare one), else found by one scan of the type column.
     */
    private static int[] candidates(Trace trace, boolean[] types) {
        IntStream indexed = IntStream.empty();
        for (int t = 0; t < types.length; t++) {
            if (types[t]) {
                int[] rare = trace.rareTypeEvents(t);
                if (rare == null) {
                    return IntStream.range(0, trace.size()).filter(i -> types[trace.type(i)]).toArray();
                }
                indexed = IntStream.concat(indexed, IntStream.of(rare));
            }
        }
        return indexed.sorted().toArray();
    }

    private Hit hit(SourceRef source, Trace trace, int i, Map<String, String> fields) {
        int tid = trace.tid(i);
        if (subject != null) {
            try {
                tid = Integer.parseInt(fields.getOrDefault(subject, "").strip());
            } catch (NumberFormatException e) {
                tid = -1;
            }
        }
        Task task = tid > 0 ? trace.tasks().get(tid) : null;
        String comm = tid == trace.tid(i) ? Evidences.comm(trace, tid)
                : task != null ? task.comm() : fields.getOrDefault("comm", "");
        List<Finding.Evidence> evidence = new ArrayList<>();
        evidence.add(Evidences.event(source, trace, i));
        Finding.Evidence stack = Evidences.eventStack(source, trace, i);
        if (stack != null) {
            evidence.add(stack);
        }
        return new Hit(source, trace.ts(i), trace.ts(i), trace.cpu(i), tid, task == null ? -1 : task.pid(), comm,
                new HashMap<>(fields), evidence);
    }

    /** The event's fields by name; raw {@code name=value} pairs for events the model stores as text. */
    static Map<String, String> fields(Trace trace, int i) {
        Map<String, String> fields = new HashMap<>();
        if (trace.kind(i) == EventKind.OTHER) {
            Matcher m = KEY_VALUE.matcher(trace.rawText(i));
            while (m.find()) {
                fields.putIfAbsent(m.group(1), m.group(2));
            }
        } else {
            for (EventFields.Field f : EventFields.of(trace, i)) {
                fields.put(f.name(), f.value());
            }
        }
        return fields;
    }
}
