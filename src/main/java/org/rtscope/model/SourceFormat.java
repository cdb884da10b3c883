package org.rtscope.model;

/** Input formats, named as in the JSON contract of DESIGN.md ({@link #id()}). */
public enum SourceFormat {
    DMESG("dmesg"),
    SYSLOG("syslog"),
    JOURNAL_JSON("journal-json"),
    JOURNAL_TEXT("journal-text"),
    FTRACE("ftrace"),
    TRACE_CMD("trace-cmd"),
    TRACE_DAT("trace-dat"),
    PERF_SCRIPT("perf-script"),
    PERF_TIMEHIST("perf-timehist"),
    CRASH_BT("crash-bt"),
    GDB_BT("gdb-bt"),
    OOPS("oops"),
    UNKNOWN("unknown");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    /** The name used in JSON and on the command line. */
    public String id() {
        return id;
    }
}
