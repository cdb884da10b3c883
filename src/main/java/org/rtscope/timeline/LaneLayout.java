package org.rtscope.timeline;

import java.util.List;

/**
 * Where things are on the timeline canvas: a ruler band at the top, a label gutter at the left, then
 * the lanes stacked downwards with a small gap inside a group and a larger one between groups, scrolled
 * up by {@code scroll} pixels when they do not fit (the ruler stays put and covers lanes scrolled under
 * it). Drawing and hit testing both ask this class, so a click always lands on the lane drawn under it.
 */
public final class LaneLayout {
    public static final double RULER_HEIGHT = 42;
    public static final double GUTTER_WIDTH = 150;
    public static final double LANE_GAP = 2;
    public static final double GROUP_GAP = 8;

    private final List<Lane> lanes;
    private final double[] tops;
    private final double contentHeight;
    private final double scroll;

    private LaneLayout(List<Lane> lanes, double[] tops, double contentHeight, double scroll) {
        this.lanes = lanes;
        this.tops = tops;
        this.contentHeight = contentHeight;
        this.scroll = scroll;
    }

    /** Lays out {@code lanes} on a canvas {@code height} tall, scrolled by {@code scroll} (clamped). */
    public static LaneLayout of(List<Lane> lanes, double height, double scroll) {
        List<Lane> copy = List.copyOf(lanes);
        double[] tops = new double[copy.size()];
        double y = 0;
        LaneKind previous = null;
        for (int i = 0; i < copy.size(); i++) {
            Lane lane = copy.get(i);
            boolean group = lane.startsGroup() || lane.kind() == LaneKind.TASK && previous != LaneKind.TASK;
            y += group ? GROUP_GAP : LANE_GAP;
            tops[i] = y;
            y += height(lane);
            previous = lane.kind();
        }
        double content = y + GROUP_GAP;
        double max = Math.max(0, RULER_HEIGHT + content - height);
        return new LaneLayout(copy, tops, content, Math.max(0, Math.min(max, scroll)));
    }

    /** Height of a lane of this kind, px. */
    public static double height(Lane lane) {
        switch (lane.kind()) {
            case CPU:
                return 36;
            case IRQ:
                return 4 * 11;
            case TASK:
                return 20;
            default:
                return 22;
        }
    }

    /** Height that shows all lanes without scrolling, ruler included. */
    public double preferredHeight() {
        return RULER_HEIGHT + contentHeight;
    }

    public double maxScroll(double height) {
        return Math.max(0, RULER_HEIGHT + contentHeight - height);
    }

    public double scroll() {
        return scroll;
    }

    public double rulerHeight() {
        return RULER_HEIGHT;
    }

    public double gutterWidth() {
        return GUTTER_WIDTH;
    }

    public int laneCount() {
        return lanes.size();
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public Lane lane(int i) {
        return lanes.get(i);
    }

    /** Index of {@code lane}, or -1 when it is not shown. */
    public int indexOf(Lane lane) {
        return lanes.indexOf(lane);
    }

    /** Canvas y of lane {@code i}'s top edge. */
    public double laneTop(int i) {
        return RULER_HEIGHT + tops[i] - scroll;
    }

    public double laneHeight(int i) {
        return height(lanes.get(i));
    }

    public double laneCentre(int i) {
        return laneTop(i) + laneHeight(i) / 2;
    }

    public double rowHeight(int i) {
        return laneHeight(i) / lanes.get(i).rows();
    }

    public double rowTop(int i, int row) {
        return laneTop(i) + row * rowHeight(i);
    }

    /** The lane under canvas row {@code y}, or -1 for the ruler, the gaps and below the last lane. */
    public int laneAt(double y) {
        if (y < RULER_HEIGHT) {
            return -1;
        }
        double rel = y - RULER_HEIGHT + scroll;
        int lo = 0;
        int hi = tops.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tops[mid] > rel) {
                hi = mid - 1;
            } else if (tops[mid] + height(lanes.get(mid)) <= rel) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The row of lane {@code i} under canvas row {@code y} (0 for one-row lanes). */
    public int rowAt(int i, double y) {
        int rows = lanes.get(i).rows();
        int row = (int) Math.floor((y - laneTop(i)) / rowHeight(i));
        return Math.max(0, Math.min(rows - 1, row));
    }

    /** True when lane {@code i} is at least partly below the ruler and above {@code height}. */
    public boolean visible(int i, double height) {
        double top = laneTop(i);
        return top + laneHeight(i) > RULER_HEIGHT && top < height;
    }

    /** Plot width left for the time axis on a canvas {@code canvasWidth} wide. */
    public double plotWidth(double canvasWidth) {
        return Math.max(1, canvasWidth - GUTTER_WIDTH);
    }

    /** Plot column of canvas column {@code x}. */
    public double plotX(double x) {
        return x - GUTTER_WIDTH;
    }

    /** Canvas column of plot column {@code px}. */
    public double canvasX(double px) {
        return px + GUTTER_WIDTH;
    }
}
