package org.rtscope.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.align.CaseClock;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/**
 * The three ways the desktop builds a case: from files, by adding files to a case already open, and
 * from a case file's sources. All read file by file through {@link CaseLoader#loadOne} and tell a
 * {@link Listener} about each file as soon as it is read, so a file that fails can be reported while
 * the others still load; all report the bytes of every file as one progress.
 *
 * <p>Clocks: new files are aligned by {@link CaseClock}; files added to an open case are aligned to the
 * reference the open case already uses (its sources keep their offsets); a case file's sources get the
 * offsets the case file saved, so a reopened case looks exactly as it was saved.
 */
public final class CaseSources {

    /** Hears about each source right after it was read (on the loading thread). */
    @FunctionalInterface
    public interface Listener {
        void loaded(Case.Source source);
    }

    /** A source file of a case file, where it is now, and the offset the case file gave it (ns). */
    public record Saved(Path path, long clockOffsetNs) {
    }

    private CaseSources() {
    }

    /** Loads {@code paths} as a new case. */
    public static Case load(List<Path> paths, ImportMonitor monitor, Listener listener) {
        return CaseClock.align(new Case(readAll(paths, monitor, listener)));
    }

    /**
     * {@code open} with {@code paths} added; the open sources are kept as they are (same objects). The
     * added sources are aligned to the open case's reference; added kernel logs also follow the offset of
     * a perf recording already open (printk runs on perf's clock), through a stand-in for it whose
     * report takes the alignment's remarks instead of the open source's.
     */
    public static Case add(Case open, List<Path> paths, ImportMonitor monitor, Listener listener) {
        List<Case.Source> added = readAll(paths, monitor, listener);
        Case.Source reference = reference(open);
        List<Case.Source> sources = new ArrayList<>(open.sources());
        if (reference == null) {
            sources.addAll(added);
            return CaseClock.align(new Case(sources));
        }
        List<Case.Source> toAlign = new ArrayList<>();
        toAlign.add(reference);
        Case.Source perf = openPerf(open, reference);
        if (perf != null) {
            toAlign.add(new Case.Source(new SourceReport(perf.report().path(), SourceFormat.PERF_SCRIPT), perf.trace()));
        }
        int first = toAlign.size();
        toAlign.addAll(added);
        List<Case.Source> aligned = CaseClock.align(new Case(toAlign)).sources();
        sources.addAll(aligned.subList(first, aligned.size()));
        return new Case(sources);
    }

    private static Case.Source openPerf(Case open, Case.Source reference) {
        for (Case.Source source : open.sources()) {
            if (source != reference && source.report().format() == SourceFormat.PERF_SCRIPT && source.trace() != null) {
                return source;
            }
        }
        return null;
    }

    /** Loads a case file's sources, each put on the case clock by its saved offset. */
    public static Case restore(List<Saved> saved, ImportMonitor monitor, Listener listener) {
        List<Case.Source> read = readAll(saved.stream().map(Saved::path).toList(), monitor, null);
        List<Case.Source> sources = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Case.Source source = read.get(i);
            long by = saved.get(i).clockOffsetNs() - clockOffset(source);
            if (by != 0) {
                source.report().warn(0, String.format("clock: %+.3f ms, as saved in the case file",
                        saved.get(i).clockOffsetNs() / 1e6));
                source = shifted(source, by);
            }
            sources.add(source);
            if (listener != null) {
                listener.loaded(source);
            }
        }
        return new Case(sources);
    }

    /** The offset that put a source on the case clock: its trace's, else its log's; 0 when it has neither. */
    public static long clockOffset(Case.Source source) {
        if (source.trace() != null) {
            return source.trace().clockOffset();
        }
        return source.logs() != null ? source.logs().clockOffset() : 0;
    }

    /** {@code source} with all its times (events, log records, reports) {@code by} ns later. */
    static Case.Source shifted(Case.Source source, long by) {
        return new Case.Source(source.report(), source.trace() == null ? null : source.trace().shifted(by),
                source.logs() == null ? null : source.logs().shifted(by),
                source.stacks().stream().map(r -> r.shifted(by)).toList());
    }

    /** True when a source gave nothing at all: no events, no log records, no reports. */
    public static boolean isEmpty(Case.Source source) {
        return (source.trace() == null || source.trace().isEmpty())
                && (source.logs() == null || source.logs().size() == 0) && source.stacks().isEmpty();
    }

    /** The clock reference of a case, chosen as {@link CaseClock} chooses it. */
    static Case.Source reference(Case open) {
        Case.Source first = null;
        for (Case.Source source : open.sources()) {
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

    private static List<Case.Source> readAll(List<Path> paths, ImportMonitor monitor, Listener listener) {
        long total = 0;
        for (Path path : paths) {
            total += size(path);
        }
        List<Case.Source> sources = new ArrayList<>();
        long before = 0;
        for (Path path : paths) {
            long offset = before;
            long grandTotal = total;
            Case.Source source = CaseLoader.loadOne(path, new ImportMonitor() {
                @Override
                public void progress(long done, long fileTotal) {
                    monitor.progress(offset + done, grandTotal);
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCancelled();
                }
            });
            sources.add(source);
            if (listener != null) {
                listener.loaded(source);
            }
            before += size(path);
            if (monitor.isCancelled()) {
                break;
            }
        }
        return sources;
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}
