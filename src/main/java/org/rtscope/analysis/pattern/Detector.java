package org.rtscope.analysis.pattern;

import java.util.List;
import java.util.Map;

/**
 * A named piece of code that finds a shape no regex can: a throttling gap, a run without blocking, a lock
 * wait under a signal frame. Pattern specs refer to detectors by {@link #name()} in {@code detector}
 * clues; the list of detectors is explicit (see {@code org.rtscope.analysis.detect.Detectors}).
 */
public interface Detector {
    /** The name specs use, e.g. {@code throttleGaps}. */
    String name();

    /** One line on what it finds, for error messages and documentation. */
    String description();

    /** The parameters it accepts and their types; a spec using another name or type is rejected. */
    Map<String, DetectorParams.Type> parameters();

    /** Its hits in {@code view}. */
    List<Hit> detect(CaseView view, DetectorParams params);
}
