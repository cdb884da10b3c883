package org.rtscope.ingest.perf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rtscope.model.Frame;

/**
 * Keeps one immutable copy of each distinct frame list. A profile or a scheduler trace hits the same
 * few paths over and over; sharing them keeps a large recording's backtraces to one reference per
 * event instead of a list of frames per event.
 */
final class SharedChains {
    private final Map<List<Frame>, List<Frame>> known = new HashMap<>();

    /** The shared immutable copy of {@code frames} (which the caller may go on reusing). */
    List<Frame> share(List<Frame> frames) {
        List<Frame> shared = known.get(frames);
        if (shared == null) {
            shared = List.copyOf(frames);
            known.put(shared, shared);
        }
        return shared;
    }
}
