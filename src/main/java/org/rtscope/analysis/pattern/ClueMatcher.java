package org.rtscope.analysis.pattern;

import java.util.List;

/** Finds the hits of one clue kind (log, stack, event, detector) in a case. */
interface ClueMatcher {
    List<Hit> hits(CaseView view);
}
