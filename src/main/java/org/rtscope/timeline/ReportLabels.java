package org.rtscope.timeline;

import org.rtscope.model.StackReport;

/** Short names for reports, where a marker has a few dozen pixels for its label. */
public final class ReportLabels {
    private ReportLabels() {
    }

    /** "soft lockup rt-123", "RCU stall", "oops", "gdb thread 1 sigalrm_deadloc". */
    public static String shortTitle(StackReport report) {
        String what;
        switch (report.kind()) {
            case StackReport.SOFT_LOCKUP:
                what = "soft lockup";
                break;
            case StackReport.HARD_LOCKUP:
                what = "hard lockup";
                break;
            case StackReport.RCU_STALL:
                what = "RCU stall";
                break;
            case StackReport.HUNG_TASK:
                what = "hung task";
                break;
            case StackReport.WARNING:
                what = "WARNING";
                break;
            case StackReport.OOPS:
                what = "oops";
                break;
            case StackReport.NMI_BACKTRACE:
                what = "NMI backtrace";
                break;
            case StackReport.CRASH_TASK:
                what = "crash bt";
                break;
            case StackReport.GDB_THREAD:
                what = "gdb thread";
                break;
            default:
                what = "stack";
                break;
        }
        if (!report.comm().isEmpty()) {
            return what + " " + report.comm() + (report.pid() > 0 ? "-" + report.pid() : "");
        }
        return report.pid() > 0 ? what + " " + report.pid() : what;
    }
}
