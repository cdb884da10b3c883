package org.rtscope.ingest.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.Trace;

/**
 * Puts the sources of a case on one clock. The reference is the first ftrace-family trace (its
 * {@code local} clock is what kernel engineers quote), else the first trace. Every other trace is
 * compared with it through {@link SharedEventOffset}; a measured offset beyond the rounding of the
 * text formats is applied to that source, and each source says in its report how it was aligned.
 *
 * <p>Kernel logs carry printk times, which is perf's clock (CATALOG §6), not ftrace's {@code local}:
 * when a perf recording was aligned to the reference, the logs take the same offset; without one
 * they stay as they are and say that they may be tens of milliseconds off.
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
        Case.Source perf = null;
        for (Case.Source source : loaded.sources()) {
            Case.Source result = source == reference || source.trace() == null ? source : alignTo(reference, source);
            if (perf == null && result.report().format() == SourceFormat.PERF_SCRIPT && result.trace() != null
                    && result != reference) {
                perf = result;
            }
            aligned.add(result);
        }
        boolean referenceIsPrintkClock = reference.report().format() == SourceFormat.PERF_SCRIPT;
        for (int k = 0; k < aligned.size(); k++) {
            Case.Source source = aligned.get(k);
            if (source.trace() == null && (source.logs() != null || !source.stacks().isEmpty())
                    && !referenceIsPrintkClock) {
                aligned.set(k, alignLog(source, perf, reference));
            }
        }
        return new Case(aligned);
    }

    private static Case.Source alignLog(Case.Source log, Case.Source perf, Case.Source reference) {
        if (!hasBootTimes(log)) {
            return log;
        }
        if (perf == null || perf.trace().clockOffset() == 0) {
            log.report().warn(0, "clock: kernel log times are printk (perf) clock; without a perf recording to "
                    + "measure it, they may differ from " + name(reference) + " by tens of ms");
            return log;
        }
        long offset = perf.trace().clockOffset();
        log.report().warn(0, String.format("clock: kernel log shares perf's clock; moved with %s by %+.3f ms onto %s",
                name(perf), offset / 1e6, name(reference)));
        return new Case.Source(log.report(), null, log.logs() == null ? null : log.logs().shifted(offset),
                log.stacks().stream().map(r -> r.shifted(offset)).toList());
    }

    private static boolean hasBootTimes(Case.Source log) {
        if (log.logs() != null) {
            for (int i = 0; i < log.logs().size(); i++) {
                if (log.logs().bootNs(i) != LogStore.NO_TIME) {
                    return true;
                }
            }
        }
        return log.stacks().stream().anyMatch(r -> r.time() != LogStore.NO_TIME);
    }

    private static String name(Case.Source source) {
        return String.valueOf(Path.of(source.report().path()).getFileName());
    }

    private static Case.Source alignTo(Case.Source reference, Case.Source source) {
        String referenceName = name(reference);
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
