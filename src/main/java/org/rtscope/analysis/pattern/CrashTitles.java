package org.rtscope.analysis.pattern;

import java.util.List;
import org.rtscope.analysis.derived.CulpritFrame;
import org.rtscope.analysis.derived.LogFrames;
import org.rtscope.analysis.derived.ReportFrames;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;

/**
 * Normalised, syzkaller-style titles for kernel crash reports: {@code BUG: soft lockup in FUNC}, where FUNC
 * is the report's {@link CulpritFrame culprit frame}. The same failure reported again (a soft lockup every
 * 26 s, a "scheduling while atomic" at every process exit) gets the same title, which is what groups the
 * reports into one finding with a count.
 */
final class CrashTitles {

    private CrashTitles() {
    }

    /** The culprit frame of the report a hit matched, or null when it has no usable frames. */
    static String frame(Hit hit) {
        if (hit.report() != null) {
            return CulpritFrame.of(ReportFrames.culpritCandidates(hit.report()));
        }
        LogStore logs = hit.source().source().logs();
        if (hit.record() < 0 || logs == null) {
            return null;
        }
        List<StackReport> reports = hit.source().source().stacks();
        int linked = logs.report(hit.record());
        if (linked >= 0 && linked < reports.size()) {
            String frame = CulpritFrame.of(ReportFrames.culpritCandidates(reports.get(linked)));
            if (frame != null) {
                return frame;
            }
        }
        return CulpritFrame.of(LogFrames.after(logs, hit.record()));
    }

    /** {@code template} with {@code {frame}} filled; " in {frame}" is dropped when the frame is unknown. */
    static String render(String template, String frame) {
        if (frame == null) {
            return template.replace(" in {frame}", "").replace("{frame}", "").strip();
        }
        return template.replace("{frame}", frame);
    }
}
