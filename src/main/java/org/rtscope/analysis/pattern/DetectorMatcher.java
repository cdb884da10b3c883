package org.rtscope.analysis.pattern;

import java.util.List;

/** A {@code detector} clue: runs a named detector (once per case and parameter set, shared across patterns). */
final class DetectorMatcher implements ClueMatcher {
    private final Detector detector;
    private final DetectorParams params;

    DetectorMatcher(Detector detector, DetectorParams params) {
        this.detector = detector;
        this.params = params;
    }

    @Override
    public List<Hit> hits(CaseView view) {
        return view.detectorHits(detector.name() + params.key(), () -> detector.detect(view, params));
    }
}
