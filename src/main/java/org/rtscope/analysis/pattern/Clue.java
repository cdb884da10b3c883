package org.rtscope.analysis.pattern;

import java.util.List;

/**
 * A compiled clue of a pattern: how to find its hits and how they count.
 *
 * @param window seconds around a finding within which a hit belongs to it
 */
record Clue(String id, boolean anchor, double weight, boolean sameCpu, boolean sameTask, double window,
            boolean anywhere, int maxEvidence, ClueMatcher matcher) {

    List<Hit> hits(CaseView view) {
        return matcher.hits(view);
    }
}
