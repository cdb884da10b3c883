package org.rtscope.ui;

import java.util.List;
import org.rtscope.analysis.Finding;
import org.rtscope.timeline.BinnedFrame;
import org.rtscope.timeline.HitTester;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.TimeMarkers;
import org.rtscope.timeline.TimeScale;
import org.rtscope.timeline.TimelineData;

/**
 * Everything one frame of the timeline depends on, gathered so that the interactive view and the
 * offscreen benchmark draw through the same code.
 *
 * @param view       the visible scale, snapped to the bin grid
 * @param bins       the binned lanes to draw (may be for another zoom while the exact ones are binned, or null)
 * @param finding    the selected finding, or null
 * @param range      a time range being drag-selected {from, to}, or null
 * @param hover      what the mouse is over, or null
 * @param hoverX     canvas x of the mouse (NaN when outside)
 * @param collapsed  CPUs whose groups are collapsed
 * @param emptyHint  what the timeline says while it has no data
 */
record RenderState(double width, double height, TimelineData data, LaneLayout layout, TimeScale view, BinnedFrame bins,
                   Selection selection, TimeMarkers markers, Finding finding, List<Highlight> highlights, double[] range,
                   HitTester.Hit hover, double hoverX, java.util.Set<Integer> collapsed, CanvasPalette palette,
                   String emptyHint) {
}
