package org.rtscope.ingest.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.Trace;

/**
 * Puts the sources of a case on one clock. The reference is the first ftrace-family trace (its
 * {@code local} clock is what kernel engineers quote), else the first trace. Every other trace is
 * compared with it through {@link SharedEventOffset}; a measured offset beyond the rounding of the
 * text formats is applied to that source, and each source says in its report how it was aligned.
 */
public final class CaseClock {
    /** Offsets below this are print rounding (µs stamps), not a different clock. */
    static final long SAME_CLOCK_NS = 100_000;

    private CaseClock() {
    }

    public static Case align(Case loaded) {
        Case.Source reference = reference(loaded);
        if (reference == null) {
            return loaded;
        }
        List<Case.Source> aligned = new ArrayList<>();
        for (Case.Source source : loaded.sources()) {
            aligned.add(source == reference || source.trace() == null ? source : alignTo(reference, source));
        }
        return new Case(aligned);
    }

    private static Case.Source alignTo(Case.Source reference, Case.Source source) {
        String referenceName = String.valueOf(Path.of(reference.report().path()).getFileName());
        SharedEventOffset.Result result = SharedEventOffset.measure(reference.trace(), source.trace());
        if (result == null) {
            source.report().warn(0, "clock: no events shared with " + referenceName
                    + "; times are taken as they are (boot-clock sources may differ by tens of ms)");
            return source;
        }
        if (Math.abs(result.offsetNs()) < SAME_CLOCK_NS) {
            source.report().warn(0, String.format("clock: same clock as %s (%d shared events agree)",
                    referenceName, result.pairs()));
            return source;
        }
        Trace shifted = source.trace().shifted(result.offsetNs());
        source.report().warn(0, String.format("clock: aligned to %s, %+.3f ms, from %d shared events",
                referenceName, result.offsetNs() / 1e6, result.pairs()));
        return new Case.Source(source.report(), shifted, source.logs(), source.stacks());
    }

    private static Case.Source reference(Case loaded) {
        Case.Source first = null;
        for (Case.Source source : loaded.sources()) {
            if (source.trace() == null || source.trace().isEmpty()) {
                continue;
            }
            SourceFormat format = source.report().format();
            if (format == SourceFormat.FTRACE || format == SourceFormat.TRACE_CMD || format == SourceFormat.TRACE_DAT) {
                return source;
            }
            if (first == null) {
                first = source;
            }
        }
        return first;
    }
}
