package org.rtscope.timeline;

/**
 * Where things are on the timeline canvas: a ruler band at the top, a label gutter at the left, then
 * one lane per CPU stacked downwards, scrolled up by {@code scroll} pixels when there are more lanes
 * than fit (the ruler stays put and covers lanes scrolled under it). Drawing and hit testing both ask
 * this class, so a click always lands on the lane that was drawn under it.
 *
 * @param rulerHeight height of the time ruler band, px
 * @param gutterWidth width of the lane label column, px; the plot starts here
 * @param laneHeight  height of one lane, px
 * @param laneGap     space between lanes (and below the ruler), px
 * @param lanes       number of lanes
 * @param scroll      how far the lanes are scrolled up, px
 */
public record LaneLayout(double rulerHeight, double gutterWidth, double laneHeight, double laneGap, int lanes,
                         double scroll) {
    public static final double RULER_HEIGHT = 42;
    public static final double GUTTER_WIDTH = 64;
    public static final double LANE_GAP = 6;
    public static final double MIN_LANE_HEIGHT = 18;
    public static final double MAX_LANE_HEIGHT = 64;

    /**
     * Lanes as tall as {@code height} allows, between {@link #MIN_LANE_HEIGHT} and {@link #MAX_LANE_HEIGHT},
     * scrolled by {@code scroll} clamped to what the lanes need.
     */
    public static LaneLayout fit(double height, int lanes, double scroll) {
        double room = height - RULER_HEIGHT - LANE_GAP;
        double lane = lanes <= 0 ? MAX_LANE_HEIGHT : room / lanes - LANE_GAP;
        lane = Math.max(MIN_LANE_HEIGHT, Math.min(MAX_LANE_HEIGHT, Math.floor(lane)));
        LaneLayout unscrolled = new LaneLayout(RULER_HEIGHT, GUTTER_WIDTH, lane, LANE_GAP, lanes, 0);
        double clamped = Math.max(0, Math.min(unscrolled.maxScroll(height), scroll));
        return new LaneLayout(RULER_HEIGHT, GUTTER_WIDTH, lane, LANE_GAP, lanes, clamped);
    }

    /** Height that shows {@code lanes} lanes at their tallest, ruler included. */
    public static double preferredHeight(int lanes) {
        return RULER_HEIGHT + LANE_GAP + lanes * (MAX_LANE_HEIGHT + LANE_GAP);
    }

    /** How far the lanes can scroll on a canvas {@code height} tall (0 when they all fit). */
    public double maxScroll(double height) {
        return Math.max(0, rulerHeight + laneGap + lanes * (laneHeight + laneGap) - height);
    }

    public double laneTop(int lane) {
        return rulerHeight + laneGap + lane * (laneHeight + laneGap) - scroll;
    }

    public double laneCentre(int lane) {
        return laneTop(lane) + laneHeight / 2;
    }

    /** The lane under canvas row {@code y}, or -1 for the ruler, the gaps and below the last lane. */
    public int laneAt(double y) {
        double rel = y - rulerHeight - laneGap + scroll;
        if (y < rulerHeight || rel < 0) {
            return -1;
        }
        int lane = (int) (rel / (laneHeight + laneGap));
        if (lane >= lanes || rel - lane * (laneHeight + laneGap) >= laneHeight) {
            return -1;
        }
        return lane;
    }

    /** Plot width left for the time axis on a canvas {@code canvasWidth} wide. */
    public double plotWidth(double canvasWidth) {
        return Math.max(1, canvasWidth - gutterWidth);
    }

    /** Plot column of canvas column {@code x}. */
    public double plotX(double x) {
        return x - gutterWidth;
    }

    /** Canvas column of plot column {@code px}. */
    public double canvasX(double px) {
        return px + gutterWidth;
    }
}
