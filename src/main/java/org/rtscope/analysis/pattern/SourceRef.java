package org.rtscope.analysis.pattern;

import org.rtscope.model.Case;

/**
 * One source of the case as the engine ranks it. Rank 0 is the primary trace (the one the timeline shows
 * first), then the other traces by size, then sources without events. Findings are seeded from the
 * best-ranked evidence, so their times are on the clock the user looks at.
 */
public record SourceRef(int rank, String path, Case.Source source) {
}
