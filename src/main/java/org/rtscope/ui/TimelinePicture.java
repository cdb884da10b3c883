package org.rtscope.ui;

import javafx.scene.canvas.GraphicsContext;
import org.rtscope.model.Trace;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.TimeScale;

/**
 * The screen's timeline drawn onto any graphics context, for the PNG report: the same renderer that
 * paints the window paints the report, so a report never shows lanes, colours or labels the user did
 * not see on screen. Lanes share the height they are given (at least the screen's minimum each); lanes
 * that do not fit are cut off at the bottom, as on a short window.
 */
public final class TimelinePicture {

    private TimelinePicture() {
    }

    /**
     * Draws {@code trace} from {@code start} to {@code end} (ns on the case clock) into the
     * {@code width}×{@code height} rectangle at the context's origin, with no selection, and returns the
     * lane geometry used, for overlays.
     */
    public static LaneLayout draw(GraphicsContext g, double width, double height, Trace trace, double start,
                                  double end) {
        int lanes = trace.cpuCount();
        double room = height - LaneLayout.RULER_HEIGHT - LaneLayout.LANE_GAP;
        double laneHeight = Math.max(LaneLayout.MIN_LANE_HEIGHT, Math.floor(room / Math.max(1, lanes) - LaneLayout.LANE_GAP));
        LaneLayout layout = new LaneLayout(LaneLayout.RULER_HEIGHT, LaneLayout.GUTTER_WIDTH, laneHeight,
                LaneLayout.LANE_GAP, lanes, 0);
        TimeScale scale = new TimeScale(start, Math.max(1, end - start), (int) Math.floor(layout.plotWidth(width)));
        new TimelineRenderer().draw(g, width, height, trace, layout, scale, null);
        return layout;
    }

    /** The height lanes of {@code laneHeight} need, ruler included. */
    public static double heightFor(int lanes, double laneHeight) {
        return LaneLayout.RULER_HEIGHT + LaneLayout.LANE_GAP + lanes * (laneHeight + LaneLayout.LANE_GAP);
    }
}
