package org.rtscope.export.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/**
 * Links each callout's span on the timeline to its text box: a numbered circle in the strip under
 * the lanes (placed by {@link CalloutPlacer}), a line from the span down to the circle, and an
 * elbowed line from the circle to the same number in the box. Every link gets its own height in the
 * bus between strip and boxes, and boxes below the first row are reached through the gaps between
 * columns, so links never run over each other or through a box.
 */
final class CalloutLinks {
    static final double DIAMETER = 22;
    static final double ROW_PITCH = 27;
    static final int ROWS = 2;
    static final double BUS_STEP = 5;

    private CalloutLinks() {
    }

    static double stripHeight() {
        return ROWS * ROW_PITCH;
    }

    /** Height of the bus for {@code links} links. */
    static double busHeight(int links) {
        return 10 + links * BUS_STEP;
    }

    /**
     * Draws the links of {@code callouts} (box {@code i} of {@code boxes} belongs to callout {@code i});
     * a callout whose anchor is null has no time and so no circle on the timeline, only its box.
     *
     * @param plotLeft  canvas column where the timeline's plot starts
     * @param plotWidth width of the plot
     */
    static void draw(GraphicsContext g, List<Callout> callouts, List<TimelineOverlay.Anchor> anchors,
                     List<CalloutBoxes.Box> boxes, double stripTop, double plotLeft, double plotWidth, double busTop,
                     double gap) {
        List<Integer> placed = new ArrayList<>();
        for (int i = 0; i < callouts.size(); i++) {
            if (anchors.get(i) != null) {
                placed.add(i);
            }
        }
        int n = placed.size();
        if (n == 0) {
            return;
        }
        double[] wanted = new double[n];
        for (int k = 0; k < n; k++) {
            wanted[k] = anchors.get(placed.get(k)).x() - plotLeft;
        }
        CalloutPlacer.Spot[] spots = CalloutPlacer.place(wanted, plotWidth, DIAMETER, ROWS);
        double[] cx = new double[n];
        double[] cy = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = plotLeft + spots[i].x();
            cy[i] = stripTop + spots[i].row() * ROW_PITCH + ROW_PITCH / 2;
        }
        Integer[] byX = new Integer[n];
        for (int i = 0; i < n; i++) {
            byX[i] = i;
        }
        Arrays.sort(byX, Comparator.comparingDouble(i -> cx[i]));
        double firstRowY = boxes.get(0).y();
        double r = DIAMETER / 2;
        g.setLineWidth(1.5);
        for (int level = 0; level < n; level++) {
            int i = byX[level];
            TimelineOverlay.Anchor anchor = anchors.get(placed.get(i));
            CalloutBoxes.Box box = boxes.get(placed.get(i));
            double busY = busTop + 6 + level * BUS_STEP;
            g.setStroke(ReportStyle.of(callouts.get(placed.get(i)).severity()));
            g.strokePolyline(new double[] {anchor.x(), anchor.x(), cx[i]},
                    new double[] {anchor.y(), stripTop - 2, cy[i] - r}, 3);
            if (box.y() == firstRowY) {
                g.strokePolyline(new double[] {cx[i], cx[i], box.circleX(), box.circleX()},
                        new double[] {cy[i] + r, busY, busY, box.circleY() - r}, 4);
            } else {
                int row = rowOf(boxes, box);
                double gutter = box.x() - gap / 2 + 3 * (row - 1);
                g.strokePolyline(new double[] {cx[i], cx[i], gutter, gutter, box.circleX() - r},
                        new double[] {cy[i] + r, busY, busY, box.circleY(), box.circleY()}, 5);
            }
        }
        for (int i = 0; i < n; i++) {
            Circles.draw(g, cx[i], cy[i], DIAMETER, callouts.get(placed.get(i)));
        }
    }

    private static int rowOf(List<CalloutBoxes.Box> boxes, CalloutBoxes.Box box) {
        return (int) boxes.stream().map(CalloutBoxes.Box::y).distinct().filter(y -> y < box.y()).count();
    }
}
