package org.rtscope.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.rtscope.model.LogStore;
import org.rtscope.model.Task;
import org.rtscope.timeline.IrqIntervals;
import org.rtscope.timeline.IrqRow;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneKind;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.LaneRuns;
import org.rtscope.timeline.LogTrack;
import org.rtscope.timeline.MarkerKind;
import org.rtscope.timeline.MarkerTrack;
import org.rtscope.timeline.TaskPalette;
import org.rtscope.timeline.TaskTrack;
import org.rtscope.timeline.TimeFormat;
import org.rtscope.timeline.TimelineData;

/**
 * Text and icons on the lanes, only where they fit: task names in CPU slices, hrtimer functions, IRQ
 * and softirq names in interrupt rows, "runnable 47.2 ms" in task lanes, marker icons with short
 * labels, log messages. Gathered first and drawn grouped by font and colour, like the runs.
 *
 * <p>Marker icons keep a little distance from each other so a burst of signals does not smear into
 * a row of overlapping glyphs, except kills and stalls, which are always drawn.
 */
final class LabelPainter {
    private static final double PAD = 4;
    private static final double ICON_SIZE = 13;
    private static final double ICON_SPACING = 16;

    private final TextWidths sliceText = new TextWidths(Font.font("System", 11));
    private final TextWidths smallText = new TextWidths(Font.font("System", 9));
    private final TextWidths markerText = new TextWidths(Font.font("System", FontWeight.SEMI_BOLD, 10));
    private final Font iconFont = MarkerIcons.font(ICON_SIZE);
    private final List<Item> items = new ArrayList<>();

    /** One piece of text: font slot (0 slice, 1 small, 2 marker, 3 icon), colour, position (left, centre line). */
    private record Item(int font, int rgb, double x, double y, String text) {
    }

    void paint(GraphicsContext g, RenderState s) {
        items.clear();
        if (s.bins() == null) {
            return;
        }
        FrameMapping map = FrameMapping.of(s.bins(), s.view());
        LaneLayout layout = s.layout();
        for (int i = 0; i < layout.laneCount(); i++) {
            if (!layout.visible(i, s.height())) {
                continue;
            }
            Lane lane = layout.lane(i);
            LaneRuns[] rows = s.bins().lanes().get(lane);
            if (rows == null) {
                continue;
            }
            switch (lane.kind()) {
                case CPU:
                    cpuLabels(s, map, i, lane, rows[0]);
                    break;
                case IRQ:
                    for (IrqRow row : IrqRow.values()) {
                        irqLabels(s, map, i, lane, row, rows[row.ordinal()]);
                    }
                    break;
                case TASK:
                    taskLabels(s, map, i, lane, rows[0]);
                    break;
                case MARKERS:
                case REPORTS:
                case LOG:
                    pointLabels(s, map, i, lane, rows[0]);
                    break;
                default:
                    break;
            }
        }
        draw(g);
    }

    private void cpuLabels(RenderState s, FrameMapping map, int i, Lane lane, LaneRuns runs) {
        for (int r = 0; r < runs.count(); r++) {
            double[] span = visibleSpan(s, map, runs, r);
            if (span == null) {
                continue;
            }
            int tid = s.data().trace().slices(lane.cpu()).tid(runs.item(r));
            String label = sliceLabel(s.data(), tid, span[1] - span[0] - 2 * PAD);
            if (label != null) {
                items.add(new Item(0, TaskPalette.textColor(runs.key(r)), s.layout().canvasX(span[0]) + PAD,
                        s.layout().laneCentre(i), label));
            }
        }
    }

    private void irqLabels(RenderState s, FrameMapping map, int i, Lane lane, IrqRow row, LaneRuns runs) {
        double rowH = s.layout().rowHeight(i);
        if (rowH < 9) {
            return;
        }
        IrqIntervals intervals = s.data().irq(lane.cpu(), row);
        for (int r = 0; r < runs.count(); r++) {
            double[] span = visibleSpan(s, map, runs, r);
            if (span == null || span[1] - span[0] < 16) {
                continue;
            }
            String label = smallText.fit(intervals.label(runs.item(r)), span[1] - span[0] - 2 * 2);
            if (label != null) {
                int bg = s.palette().rgb(CanvasColor.ofIrqKey(runs.key(r)));
                items.add(new Item(1, TaskPalette.textColor(bg), s.layout().canvasX(span[0]) + 2,
                        s.layout().rowTop(i, row.ordinal()) + rowH / 2, label));
            }
        }
    }

    private void taskLabels(RenderState s, FrameMapping map, int i, Lane lane, LaneRuns runs) {
        TaskTrack track = s.data().task(lane.id());
        for (int r = 0; r < runs.count(); r++) {
            int state = runs.key(r);
            if (state != TaskTrack.RUNNABLE && state != TaskTrack.BLOCKED) {
                continue;
            }
            double[] span = visibleSpan(s, map, runs, r);
            if (span == null || span[1] - span[0] < 40) {
                continue;
            }
            int k = runs.item(r);
            String text = (state == TaskTrack.RUNNABLE ? "runnable " : "D ")
                    + TimeFormat.duration(track.end(k) - track.start(k));
            String label = smallText.fit(text, span[1] - span[0] - 2 * PAD);
            if (label != null) {
                int band = s.palette().rgb(CanvasColor.ofState(state));
                items.add(new Item(1, TaskPalette.textColor(band), s.layout().canvasX(span[0]) + PAD,
                        s.layout().laneCentre(i), label));
            }
        }
    }

    /**
     * Icons and short labels for marker and log lanes. Icons are placed most important first, each at
     * least {@link #ICON_SPACING} from the ones placed (kills and stalls always); a label goes right of
     * its own icon, up to the next icon, so it can never be read as belonging to a neighbour's.
     */
    private void pointLabels(RenderState s, FrameMapping map, int i, Lane lane, LaneRuns runs) {
        boolean log = lane.kind() == LaneKind.LOG;
        double plotRight = s.layout().canvasX(s.view().width());
        double gutter = s.layout().gutterWidth();
        double centre = s.layout().laneCentre(i);
        int text = s.palette().rgb(CanvasColor.TEXT);
        int n = runs.count();
        double[] x = new double[n];
        boolean[] placed = new boolean[n];
        Integer[] order = new Integer[n];
        for (int r = 0; r < n; r++) {
            x[r] = s.layout().canvasX(Math.floor(map.x(runs.x0(r)))) + 1;
            order[r] = r;
        }
        if (log) {
            java.util.Arrays.fill(placed, true);
        } else {
            java.util.Arrays.sort(order, Comparator.comparingInt((Integer r) -> -MarkerKind.values()[runs.key(r)].priority())
                    .thenComparingInt(r -> r));
            java.util.TreeSet<Double> taken = new java.util.TreeSet<>();
            for (int r : order) {
                if (x[r] < gutter || x[r] >= plotRight) {
                    continue;
                }
                MarkerKind kind = MarkerKind.values()[runs.key(r)];
                Double below = taken.floor(x[r]);
                Double above = taken.ceiling(x[r]);
                boolean free = (below == null || x[r] - below >= ICON_SPACING) && (above == null || above - x[r] >= ICON_SPACING);
                if (free || kind == MarkerKind.KILL || kind == MarkerKind.STALL) {
                    placed[r] = true;
                    taken.add(x[r]);
                    items.add(new Item(3, s.palette().rgb(CanvasColor.ofMarker(kind)), x[r] + 2, centre + 1,
                            MarkerIcons.glyph(MarkerIcons.of(kind))));
                }
            }
        }
        double next = plotRight;
        for (int r = n - 1; r >= 0; r--) {
            if (!placed[r] || x[r] >= plotRight) {
                continue;
            }
            double textX = log ? x[r] + 3 : x[r] + 2 + ICON_SIZE + 2;
            double room = next - textX - PAD;
            next = x[r];
            if (runs.mixed(r) || room < 24 || textX < gutter) {
                continue;
            }
            String label = markerText.fit(pointLabel(s.data(), lane, runs.item(r)), room);
            if (label != null) {
                items.add(new Item(2, text, textX, centre + 1, label));
            }
        }
    }

    private static String pointLabel(TimelineData data, Lane lane, int item) {
        switch (lane.kind()) {
            case LOG:
                LogTrack track = data.logs().get(lane.id());
                LogStore logs = track.logs();
                String message = logs.text(track.record(item));
                int nl = message.indexOf('\n');
                return nl >= 0 ? message.substring(0, nl) : message;
            case REPORTS:
                return data.markers(-1).label(item);
            default:
                MarkerTrack markers = data.markers(lane.cpu());
                return markers.label(item);
        }
    }

    /** The run's on-screen plot span {x0, x1}, or null when it is off screen. */
    private static double[] visibleSpan(RenderState s, FrameMapping map, LaneRuns runs, int r) {
        if (runs.mixed(r)) {
            return null;
        }
        double x0 = Math.max(0, map.x(runs.x0(r)));
        double x1 = Math.min(s.view().width(), map.x(runs.x1(r)));
        return x1 - x0 < 12 ? null : new double[] {x0, x1};
    }

    /** "comm-tid" if it fits in {@code room} pixels, else "comm", else null. */
    private String sliceLabel(TimelineData data, int tid, double room) {
        if (room < 12) {
            return null;
        }
        Task task = data.trace().tasks().get(tid);
        String comm = task == null || task.comm().isEmpty() ? Integer.toString(tid) : task.comm();
        String full = task == null || task.comm().isEmpty() ? comm : comm + "-" + tid;
        if (sliceText.width(full) <= room) {
            return full;
        }
        return sliceText.width(comm) <= room ? comm : null;
    }

    private void draw(GraphicsContext g) {
        items.sort(Comparator.comparingInt(Item::font).thenComparingInt(Item::rgb));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        int font = -1;
        int rgb = -1;
        for (Item item : items) {
            if (item.font() != font) {
                font = item.font();
                g.setFont(fontOf(font));
                rgb = -1;
            }
            if (item.rgb() != rgb) {
                rgb = item.rgb();
                g.setFill(RgbColors.of(rgb));
            }
            g.fillText(item.text(), item.x(), item.y());
        }
    }

    private Font fontOf(int slot) {
        switch (slot) {
            case 0:
                return sliceText.font();
            case 1:
                return smallText.font();
            case 2:
                return markerText.font();
            default:
                return iconFont;
        }
    }
}
