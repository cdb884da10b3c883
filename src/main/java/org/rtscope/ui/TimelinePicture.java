package org.rtscope.ui;

import java.util.List;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import org.rtscope.timeline.BinCache;
import org.rtscope.timeline.BinnedFrame;
import org.rtscope.timeline.GridScale;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.LaneOptions;
import org.rtscope.timeline.LanePlan;
import org.rtscope.timeline.TimeMarkers;
import org.rtscope.timeline.TimeScale;
import org.rtscope.timeline.TimelineData;

/**
 * The screen's timeline drawn onto any graphics context, for the PNG report: the same lane plan,
 * binning and renderer as the window (CPU groups with their interrupt and marker lanes, RT task lanes,
 * log lanes, throttle shading, markers A and B), in the light theme, without selection or hover. Bins
 * are computed on the calling thread, so the picture is complete when this returns. Lanes keep the
 * window's heights; lanes below {@code height} are cut off, as on a short window.
 */
public final class TimelinePicture {

    /** Where the picture put things, for what the report draws over it. */
    public record Drawn(LaneLayout layout, TimeScale scale, int visibleLanes) {

        /** Top and bottom of CPU {@code cpu}'s group (CPU, interrupt and marker lanes), or null when not drawn. */
        public double[] cpuBand(int cpu) {
            int first = layout.indexOf(Lane.cpu(cpu));
            if (first < 0 || first >= visibleLanes) {
                return null;
            }
            int last = first;
            for (Lane lane : List.of(Lane.irq(cpu), Lane.markers(cpu))) {
                int i = layout.indexOf(lane);
                if (i >= 0 && i < visibleLanes) {
                    last = Math.max(last, i);
                }
            }
            return new double[] {layout.laneTop(first), layout.laneTop(last) + layout.laneHeight(last)};
        }

        /** Top and bottom of all CPU groups drawn (all lanes when there are none). */
        public double[] cpuLanes() {
            int last = -1;
            for (int i = 0; i < visibleLanes; i++) {
                if (layout.lane(i).cpu() >= 0) {
                    last = i;
                }
            }
            int end = last < 0 ? visibleLanes - 1 : last;
            return new double[] {layout.laneTop(0), layout.laneTop(end) + layout.laneHeight(end)};
        }
    }

    private TimelinePicture() {
    }

    /** The height that shows all of {@code data}'s lanes, ruler included. */
    public static double preferredHeight(TimelineData data) {
        return LaneLayout.of(LanePlan.lanes(data, LaneOptions.DEFAULT), 0, 0).preferredHeight();
    }

    /**
     * Draws {@code data} from {@code start} to {@code end} (ns on the case clock) with markers A and B
     * into the {@code width}×{@code height} rectangle at the context's origin.
     */
    public static Drawn draw(GraphicsContext g, double width, double height, TimelineData data, double start,
                             double end, TimeMarkers markers) {
        List<Lane> lanes = LanePlan.lanes(data, LaneOptions.DEFAULT);
        LaneLayout layout = LaneLayout.of(lanes, height, 0);
        TimeScale wanted = new TimeScale(start, Math.max(1, end - start), (int) Math.floor(layout.plotWidth(width)));
        TimeScale view = GridScale.snap(wanted, data.start());
        BinCache bins = new BinCache(Long.MAX_VALUE, Runnable::run, Runnable::run, () -> { });
        BinnedFrame frame = bins.frameFor(data, lanes, view);
        new TimelineRenderer().draw(g, new RenderState(width, height, data, layout, view, frame, null, markers, null,
                List.of(), null, null, Double.NaN, Set.of(), CanvasPalette.defaults(), TimelineRenderer.OPEN_HINT));
        int visible = 0;
        while (visible < layout.laneCount() && layout.laneTop(visible) + layout.laneHeight(visible) <= height) {
            visible++;
        }
        return new Drawn(layout, view, visible);
    }
}
