package org.rtscope.analysis;

import java.util.Locale;

/**
 * How bad a finding is, in increasing order. The order is what {@code --fail-on} compares against,
 * so a CI job can fail on "error or worse" while still seeing warnings in the report.
 */
public enum Severity {
    INFO, WARNING, ERROR, CRITICAL;

    /** The lower-case name used in JSON, pattern specs and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is {@code threshold} or worse. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
