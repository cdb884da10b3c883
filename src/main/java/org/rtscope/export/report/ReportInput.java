package org.rtscope.export.report;

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
 * @param wholeCase true when the range is the whole case (the header says so instead of repeating it)
 */
public record ReportInput(String name, Case aCase, CaseAnalysis analysis, List<CaseDocument.Marker> markers,
                          List<CaseDocument.Note> notes, long from, long to, boolean wholeCase, String version,
                          Instant generated) {

    public ReportInput {
        markers = List.copyOf(markers);
        notes = List.copyOf(notes);
        if (to <= from) {
            throw new IllegalArgumentException("empty range: " + from + " to " + to);
        }
    }

    /** The whole case, without markers or notes. */
    public static ReportInput wholeCase(String name, Case aCase, CaseAnalysis analysis, String version) {
        return new ReportInput(name, aCase, analysis, List.of(), List.of(), analysis.start(), analysis.end(), true,
                version, Instant.now());
    }
}
