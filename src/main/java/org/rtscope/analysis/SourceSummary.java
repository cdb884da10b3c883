package org.rtscope.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rtscope.model.Case;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;

/**
 * What importing one file gave, and whether it gave anything usable. A file that yields no events
 * (missing, unknown format, nothing parsable) is "unreadable": reports name it and the CLI exits
 * with 2, while everything read from the other files is still shown.
 *
 * @param problem why the source is unreadable, or null when it held events
 */
public record SourceSummary(String path, SourceFormat format, long lines, long events, long skipped,
                            List<ImportWarning> warnings, String problem) {
    static final String NO_EVENTS = "no trace events found";

    public SourceSummary {
        warnings = List.copyOf(warnings);
    }

    public static SourceSummary of(Case.Source source) {
        SourceReport report = source.report();
        List<ImportWarning> warnings = new ArrayList<>(report.warnings());
        String problem = null;
        boolean hasRecords = (source.logs() != null && source.logs().size() > 0) || !source.stacks().isEmpty();
        if (source.trace() == null && !hasRecords) {
            // the loader always says why it could not read a file, as a file-level (line 0) warning
            problem = warnings.stream().filter(w -> w.line() == 0).map(ImportWarning::message).findFirst()
                    .orElse(NO_EVENTS);
        } else if (source.trace() != null && source.trace().isEmpty() && !hasRecords) {
            problem = NO_EVENTS;
            warnings.add(new ImportWarning(0, NO_EVENTS));
        }
        return new SourceSummary(report.path(), report.format(), report.lines(), report.events(), report.skipped(),
                warnings, problem);
    }

    public boolean isReadable() {
        return problem == null;
    }
}
