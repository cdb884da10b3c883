package org.rtscope.ui;

import org.rtscope.timeline.BinnedFrame;
import org.rtscope.timeline.GridScale;
import org.rtscope.timeline.TimeScale;

/**
 * Maps a binned frame's columns to the view's plot columns: {@code x = a·column + b}. For a frame
 * binned at the view's zoom {@code a} is 1 and {@code b} a whole number (crisp); a frame binned at
 * another zoom, drawn while the exact one is being binned, is stretched.
 */
record FrameMapping(double a, double b, boolean exact) {

    static FrameMapping of(BinnedFrame frame, TimeScale view) {
        if (frame.npp() == view.nsPerPixel()) {
            long v0 = GridScale.firstColumn(view, frame.origin());
            return new FrameMapping(1, frame.first() - v0, true);
        }
        double a = frame.npp() / view.nsPerPixel();
        double b = (frame.scale().start() - view.start()) / view.nsPerPixel();
        return new FrameMapping(a, b, false);
    }

    double x(int column) {
        return a * column + b;
    }
}
