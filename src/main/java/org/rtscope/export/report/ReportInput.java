package org.rtscope.export.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.model.Case;
import org.rtscope.timeline.TimelineData;
import org.rtscope.workspace.CaseDocument;

/**
 * Everything one report shows: what the timeline draws (the case, its findings and throttle windows,
 * as {@link TimelineData}), the analysis figures, what the user added (markers, notes), the time range
 * and who made it when. The GUI fills it from the window, {@code export-png} from its arguments; both
 * then render the same way.
 *
 * @param name     what the case is called in the title (case file, or the main file with its folder)
 * @param from     start of the range shown, ns on the case clock
 * @param to       end of the range shown, ns on the case clock
 * @param whole    true when the range is everything the timeline can show (the header says so)
 */
public record ReportInput(String name, TimelineData timeline, CaseAnalysis analysis, List<CaseDocument.Marker> markers,
                          List<CaseDocument.Note> notes, long from, long to, boolean whole, String version,
                          Instant generated) {

    public ReportInput {
        markers = List.copyOf(markers);
        notes = List.copyOf(notes);
        if (to <= from) {
            throw new IllegalArgumentException("empty range: " + from + " to " + to);
        }
    }

    /** A report of everything {@code timeline} can show, as the window shows it when fitted. */
    public static ReportInput whole(String name, TimelineData timeline, CaseAnalysis analysis,
                                    List<CaseDocument.Marker> markers, List<CaseDocument.Note> notes, String version,
                                    Instant generated) {
        return new ReportInput(name, timeline, analysis, markers, notes, timeline.start(),
                Math.max(timeline.end(), timeline.start() + 1), true, version, generated);
    }

    /** The case the report is about. */
    public Case aCase() {
        return timeline.source();
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
}
