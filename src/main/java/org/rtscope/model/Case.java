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

    /** One opened file: what the import found, and its events (null when the file held none). */
    public record Source(SourceReport report, Trace trace) {
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
