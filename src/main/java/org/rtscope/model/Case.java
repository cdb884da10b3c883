package org.rtscope.model;

import java.util.List;

/**
 * Everything a user opened together: several sources on one clock. Each source keeps its import
 * report (format, lines, warnings) and, when it holds trace events, its {@link Trace}.
 */
public record Case(List<Source> sources) {

    public Case {
        sources = List.copyOf(sources);
    }

    /**
     * One opened file: what the import found, its trace events (null when it held none), its log
     * records (null when none) and its multi-line reports with backtraces (oopses, lockups, crash and
     * gdb backtraces; empty when none).
     */
    public record Source(SourceReport report, Trace trace, LogStore logs, java.util.List<StackReport> stacks) {
        public Source {
            stacks = stacks == null ? java.util.List.of() : java.util.List.copyOf(stacks);
        }

        /** A source holding only trace events. */
        public Source(SourceReport report, Trace trace) {
            this(report, trace, null, null);
        }
    }

    /** The traces of the case, in the order the sources were given. */
    public List<Trace> traces() {
        return sources.stream().map(Source::trace).filter(t -> t != null).toList();
    }

    /** The source whose trace has the most events (what the timeline shows first), or null. */
    public Source primary() {
        Source best = null;
        for (Source source : sources) {
            if (source.trace() != null && (best == null || source.trace().size() > best.trace().size())) {
                best = source;
            }
        }
        return best;
    }
}
