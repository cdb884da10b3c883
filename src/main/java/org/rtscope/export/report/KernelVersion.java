package org.rtscope.export.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;

/**
 * The kernel release a case was recorded on, when one of its logs says it: the boot banner
 * {@code Linux version 6.18.44 (…)} that dmesg and the journal start with. Traces do not carry it.
 */
final class KernelVersion {
    private static final Pattern BANNER = Pattern.compile("Linux version (\\S+)");

    private KernelVersion() {
    }

    /** The release string, or null when no log of the case has the banner. */
    static String of(Case aCase) {
        for (Case.Source source : aCase.sources()) {
            LogStore logs = source.logs();
            if (logs == null) {
                continue;
            }
            for (int i = 0; i < logs.size(); i++) {
                Matcher m = BANNER.matcher(logs.text(i));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
