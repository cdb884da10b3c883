package org.rtscope.ingest.backtrace;

import java.util.ArrayList;
import java.util.List;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StackReport;

/**
 * The finished reports of one source, up to a cap: a real dump has thousands of tasks or threads at
 * most, so a file that would produce millions (a generated or decompressed bomb of tiny thread blocks)
 * keeps the first {@link #MAX_REPORTS} and says so, instead of exhausting memory.
 */
final class ReportList {
    /** Reports kept per source. */
    static final int MAX_REPORTS = 1 << 20;

    private final SourceReport report;
    private final Interner interner;
    private final List<StackReport> reports = new ArrayList<>();
    private long dropped;

    ReportList(SourceReport report, Interner interner) {
        this.report = report;
        this.interner = interner;
    }

    /** Builds and keeps {@code draft} (its backtrace of {@code backtraceKind}) unless the cap is reached. */
    void add(ReportDraft draft, String backtraceKind) {
        add(draft.build(backtraceKind, interner, report));
    }

    /** Keeps {@code built} unless the cap is reached. */
    void add(StackReport built) {
        if (reports.size() < MAX_REPORTS) {
            reports.add(built);
        } else if (dropped++ == 0) {
            report.warn(built.firstLine(), "more than " + MAX_REPORTS
                    + " backtraces in one file: this one and those after it are not kept");
        }
    }

    int size() {
        return reports.size();
    }

    List<StackReport> reports() {
        return reports;
    }
}
