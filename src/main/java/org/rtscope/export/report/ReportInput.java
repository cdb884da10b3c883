package org.rtscope.export.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.model.Case;
import org.rtscope.workspace.CaseDocument;

/**
 * Everything one report shows: the case and its analysis, what the user added (markers, notes), the
 * time range and who made it when. The GUI fills it from the window, {@code export-png} from its
 * arguments; both then render the same way.
 *
 * @param name      what the case is called in the title (case file or main trace file name)
 * @param from      start of the range shown, ns on the case clock
 * @param to        end of the range shown, ns on the case clock
 * @param whole     true when the range is the whole trace, {@link #traceRange} (the header says so)
 */
public record ReportInput(String name, Case aCase, CaseAnalysis analysis, List<CaseDocument.Marker> markers,
                          List<CaseDocument.Note> notes, long from, long to, boolean whole, String version,
                          Instant generated) {

    public ReportInput {
        markers = List.copyOf(markers);
        notes = List.copyOf(notes);
        if (to <= from) {
            throw new IllegalArgumentException("empty range: " + from + " to " + to);
        }
    }

    /**
     * The name of a case known only by its main file: the file with its folder ("s2_rt_throttling/
     * trace-cmd_report.txt"), since recordings tend to share file names and differ by folder.
     */
    public static String nameOf(Path file) {
        Path name = file.toAbsolutePath().normalize().getFileName();
        Path folder = file.toAbsolutePath().normalize().getParent();
        String base = String.valueOf(name);
        return folder == null || folder.getFileName() == null ? base : folder.getFileName() + "/" + base;
    }

    /**
     * What a report of the whole case shows: the main trace from its first to its last event, as the
     * window does when fitted (other sources may reach further; their findings are then pinned to the
     * edge and say so). Null when the case has no trace events.
     */
    public static long[] traceRange(Case aCase) {
        Case.Source primary = aCase.primary();
        if (primary == null || primary.trace().isEmpty()) {
            return null;
        }
        return new long[] {primary.trace().start(), Math.max(primary.trace().end(), primary.trace().start() + 1)};
    }
}
