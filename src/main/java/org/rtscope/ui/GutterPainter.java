package org.rtscope.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.rtscope.model.SchedClass;
import org.rtscope.model.Task;
import org.rtscope.timeline.IrqRow;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneLayout;

/**
 * The label column left of the lanes: CPU groups with their collapse arrow (a click on it toggles the
 * group), the IRQ lane's row names, task lanes with the task and its RT priority, log sources.
 */
final class GutterPainter {
    private final Font laneFont = Font.font("System", FontWeight.BOLD, 12);
    private final Font taskFont = Font.font("System", FontWeight.SEMI_BOLD, 11);
    private final Font smallFont = Font.font("System", 9);
    private final TextWidths taskWidths = new TextWidths(taskFont);

    /** Width of the collapse arrow's click target at the gutter's left edge, px. */
    static final double TOGGLE_WIDTH = 22;

    void paint(GraphicsContext g, RenderState s) {
        LaneLayout layout = s.layout();
        CanvasPalette p = s.palette();
        double top = layout.rulerHeight();
        g.setFill(p.get(CanvasColor.CHROME));
        g.fillRect(0, top, layout.gutterWidth(), s.height() - top);
        g.setFill(p.get(CanvasColor.BORDER));
        g.fillRect(layout.gutterWidth() - 1, top, 1, s.height() - top);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < layout.laneCount(); i++) {
            if (!layout.visible(i, s.height()) || layout.laneCentre(i) < top) {
                continue;
            }
            Lane lane = layout.lane(i);
            double right = layout.gutterWidth() - 8;
            double y = layout.laneCentre(i);
            switch (lane.kind()) {
                case CPU:
                    g.setFill(p.get(CanvasColor.SUBTEXT));
                    g.setFont(laneFont);
                    g.setTextAlign(TextAlignment.CENTER);
                    g.fillText(s.collapsed().contains(lane.cpu()) ? "▸" : "▾", 11, y);
                    g.setFill(p.get(CanvasColor.TEXT));
                    g.setTextAlign(TextAlignment.LEFT);
                    g.fillText("CPU " + lane.cpu(), TOGGLE_WIDTH, y);
                    if (s.data().ranRealtime(lane.cpu())) {
                        g.setFont(smallFont);
                        g.setFill(p.get(CanvasColor.SUBTEXT));
                        g.setTextAlign(TextAlignment.RIGHT);
                        g.fillText("RT", right, y);
                    }
                    break;
                case IRQ:
                    g.setFont(smallFont);
                    g.setFill(p.get(CanvasColor.SUBTEXT));
                    g.setTextAlign(TextAlignment.RIGHT);
                    for (IrqRow row : IrqRow.values()) {
                        g.fillText(row.label(), right, layout.rowTop(i, row.ordinal()) + layout.rowHeight(i) / 2);
                    }
                    break;
                case MARKERS:
                    small(g, s, "signals · kills", right, y);
                    break;
                case REPORTS:
                    small(g, s, "reports", right, y);
                    break;
                case LOG:
                    small(g, s, s.data().logs().get(lane.id()).sourceName(), right, y);
                    break;
                case TASK:
                    task(g, s, lane.id(), right, y);
                    break;
                default:
                    break;
            }
        }
    }

    private void task(GraphicsContext g, RenderState s, int tid, double right, double y) {
        Task task = s.data().trace().tasks().get(tid);
        String name = task == null || task.comm().isEmpty() ? Integer.toString(tid) : task.comm() + "-" + tid;
        String cls = "";
        if (task != null && SchedClass.ofKernelPrio(task.bestPrio()) == SchedClass.RT) {
            cls = "RT " + SchedClass.rtPriority(task.bestPrio());
        }
        g.setFont(smallFont);
        g.setFill(s.palette().get(CanvasColor.SUBTEXT));
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(cls, right, y);
        double room = right - 30 - 8;
        String fitted = taskWidths.fit(name, room);
        if (fitted != null) {
            g.setFont(taskFont);
            g.setFill(s.palette().get(CanvasColor.TEXT));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(fitted, 8, y);
        }
    }

    private void small(GraphicsContext g, RenderState s, String text, double right, double y) {
        g.setFont(smallFont);
        g.setFill(s.palette().get(CanvasColor.SUBTEXT));
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(text, right, y);
    }
}
