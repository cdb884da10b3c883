package org.rtscope.ui;

import org.rtscope.timeline.IrqIntervals;
import org.rtscope.timeline.IrqRow;
import org.rtscope.timeline.MarkerKind;
import org.rtscope.timeline.TaskTrack;

/**
 * The colours the timeline canvas paints with, each styleable from CSS as {@code -rt-<name>} on
 * {@code .timeline-style} (a Canvas cannot take CSS itself; see {@link TimelineStyle}). The defaults
 * are the light theme's, used when no stylesheet is applied.
 *
 * <p>Interrupt, marker and log colours follow the Okabe–Ito palette, which stays distinguishable for
 * the common colour-vision deficiencies; task slices use {@link org.rtscope.timeline.TaskPalette}.
 */
public enum CanvasColor {
    BACKGROUND("canvas-background", "#ffffff"),
    LANE("lane-fill", "#eef1f5"),
    SUBLANE("sublane-fill", "#f5f7fa"),
    GRID("grid", "#dde2e9"),
    CHROME("chrome", "#f6f7f9"),
    BORDER("border", "#c9cfd8"),
    TEXT("text", "#1f2430"),
    SUBTEXT("subtext", "#687080"),
    SELECTION("selection", "#111827"),
    SELECTION_HALO("selection-halo", "#ffffff"),
    THROTTLE("throttle", "#cc79a7"),
    HIGHLIGHT("highlight", "#f0a202"),
    MARKER_A("marker-a", "#0072b2"),
    MARKER_B("marker-b", "#d55e00"),
    RANGE("range-fill", "#0072b2"),
    TICK("tick", "#0072b2"),
    HRTIMER("hrtimer", "#009e73"),
    SCHED_TIMER("sched-timer", "#cc79a7"),
    HARDIRQ("hardirq", "#e69f00"),
    SOFTIRQ("softirq", "#7d8a99"),
    RUNNABLE("runnable", "#e8c547"),
    SLEEPING("sleeping", "#a9b2bf"),
    BLOCKED("blocked", "#9b59b6"),
    KILL("kill", "#d55e00"),
    STALL("stall", "#a0306e"),
    REPORT("report", "#8a6d00"),
    SIGNAL("signal", "#0072b2"),
    EXIT("exit", "#7a828e"),
    LOG_ERROR("log-error", "#d55e00"),
    LOG_WARNING("log-warning", "#e69f00"),
    LOG_NOTICE("log-notice", "#0072b2"),
    LOG_INFO("log-info", "#7a828e"),
    LOG_DEBUG("log-debug", "#b3bac4");

    private final String cssName;
    private final String lightDefault;

    CanvasColor(String cssName, String lightDefault) {
        this.cssName = cssName;
        this.lightDefault = lightDefault;
    }

    /** The CSS property, e.g. {@code -rt-lane-fill}. */
    public String cssProperty() {
        return "-rt-" + cssName;
    }

    public String lightDefault() {
        return lightDefault;
    }

    /** The colour of an interrupt interval key ({@link IrqRow} ordinal or {@link IrqIntervals#KEY_SCHED_TIMER}). */
    public static CanvasColor ofIrqKey(int key) {
        if (key == IrqIntervals.KEY_SCHED_TIMER) {
            return SCHED_TIMER;
        }
        switch (IrqRow.values()[key]) {
            case TICK:
                return TICK;
            case HRTIMER:
                return HRTIMER;
            case HARDIRQ:
                return HARDIRQ;
            default:
                return SOFTIRQ;
        }
    }

    public static CanvasColor ofMarker(MarkerKind kind) {
        switch (kind) {
            case KILL:
                return KILL;
            case STALL:
                return STALL;
            case REPORT:
                return REPORT;
            case SIGNAL:
                return SIGNAL;
            default:
                return EXIT;
        }
    }

    /** The colour of a syslog level 0–7. */
    public static CanvasColor ofLogLevel(int level) {
        if (level <= 3) {
            return LOG_ERROR;
        }
        switch (level) {
            case 4:
                return LOG_WARNING;
            case 5:
                return LOG_NOTICE;
            case 6:
                return LOG_INFO;
            default:
                return LOG_DEBUG;
        }
    }

    /** The colour of a non-running task state; running uses the task's own colour. */
    public static CanvasColor ofState(int state) {
        switch (state) {
            case TaskTrack.RUNNABLE:
                return RUNNABLE;
            case TaskTrack.BLOCKED:
                return BLOCKED;
            default:
                return SLEEPING;
        }
    }
}
