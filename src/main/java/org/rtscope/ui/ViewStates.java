package org.rtscope.ui;

import java.util.ArrayList;
import java.util.List;
import org.rtscope.model.Trace;
import org.rtscope.timeline.TimeMarkers;
import org.rtscope.timeline.Viewport;
import org.rtscope.workspace.CaseDocument;

/**
 * The window's view as a case file saves it (visible range, selection, markers A and B) and back.
 * Restoring checks the saved selection against the trace, so a case whose files changed since it was
 * saved opens with nothing selected rather than with a wrong slice.
 */
final class ViewStates {

    private ViewStates() {
    }

    /** What the window shows now, or null when nothing is open. */
    static CaseDocument.ViewState capture(MainWindow window) {
        if (window.trace() == null) {
            return null;
        }
        Viewport view = window.viewport();
        CaseDocument.SelectionRef selected = null;
        if (window.selectionProperty().get() instanceof Selection.Slice slice) {
            selected = new CaseDocument.SelectionRef(slice.cpu(), slice.index(), null);
        } else if (window.selectionProperty().get() instanceof Selection.Event event) {
            selected = new CaseDocument.SelectionRef(null, null, event.index());
        }
        return new CaseDocument.ViewState(view.start() / 1e9, view.end() / 1e9, selected);
    }

    /** The timeline's markers A and B, as a case file lists markers. */
    static List<CaseDocument.Marker> markers(MainWindow window) {
        TimeMarkers markers = window.timeline().markersProperty().get();
        List<CaseDocument.Marker> list = new ArrayList<>();
        if (markers != null && markers.hasA()) {
            list.add(new CaseDocument.Marker(markers.a() / 1e9, "A"));
        }
        if (markers != null && markers.hasB()) {
            list.add(new CaseDocument.Marker(markers.b() / 1e9, "B"));
        }
        return list;
    }

    /** Puts a case file's markers A and B back on the timeline (other labels have no place there). */
    static void restoreMarkers(MainWindow window, List<CaseDocument.Marker> markers) {
        TimeMarkers restored = TimeMarkers.NONE;
        for (CaseDocument.Marker marker : markers) {
            if ("A".equals(marker.label())) {
                restored = restored.withA(marker.time() * 1e9);
            } else if ("B".equals(marker.label())) {
                restored = restored.withB(marker.time() * 1e9);
            }
        }
        window.timeline().markersProperty().set(restored);
    }

    /** Shows the saved range and selects what was selected, where the trace still has it. */
    static void restore(MainWindow window, CaseDocument.ViewState state) {
        Trace trace = window.trace();
        if (state == null || trace == null) {
            return;
        }
        window.viewport().show(state.start() * 1e9, state.end() * 1e9);
        CaseDocument.SelectionRef ref = state.selection();
        if (ref == null) {
            return;
        }
        if (ref.event() != null && ref.event() >= 0 && ref.event() < trace.size()) {
            window.selectionProperty().set(new Selection.Event(ref.event()));
        } else if (ref.cpu() != null && ref.slice() != null && ref.cpu() >= 0 && ref.cpu() < trace.cpuCount()
                && ref.slice() >= 0 && ref.slice() < trace.slices(ref.cpu()).size()) {
            window.selectionProperty().set(new Selection.Slice(ref.cpu(), ref.slice()));
        }
    }
}
