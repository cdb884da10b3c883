package org.rtscope.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the binned lanes around the view so that drawing a frame never bins more than it must:
 * <ul>
 *   <li>a frame covers three view widths (one each side), so panning only moves an offset;</li>
 *   <li>when the view comes within half a width of an edge, the next frame is binned in the
 *       background before it is needed;</li>
 *   <li>a zoom change needs new bins: small ranges are binned at once on the caller's thread, large
 *       ones (more than {@link #SYNC_WORK} events by default) in the background while the previous frame is drawn
 *       stretched to the new scale, so the screen never goes blank or stalls.</li>
 * </ul>
 * Call {@link #frameFor} from one thread (the FX thread); background results are handed back through
 * the {@code deliver} executor, after which {@code onReady} runs (to request a redraw).
 */
public final class BinCache {
    /** Ranges with more trace events than this are binned off the calling thread. */
    public static final long SYNC_WORK = 200_000;

    private final long syncWork;
    private final Executor worker;
    private final Executor deliver;
    private final Runnable onReady;
    private final LaneBinning binning = new LaneBinning();
    private final AtomicLong generation = new AtomicLong();
    private BinnedFrame current;
    private Request pending;

    private record Request(Object caseToken, double npp, long first, int columns, List<Lane> lanes) {
    }

    public BinCache(Executor worker, Executor deliver, Runnable onReady) {
        this(SYNC_WORK, worker, deliver, onReady);
    }

    /** As above, binning ranges of more than {@code syncWork} events in the background. */
    public BinCache(long syncWork, Executor worker, Executor deliver, Runnable onReady) {
        this.syncWork = syncWork;
        this.worker = worker;
        this.deliver = deliver;
        this.onReady = onReady;
    }

    /**
     * The frame to draw {@code view} (already {@link GridScale#snap snapped}) with: an exact frame when
     * one is cached or cheap to make, else the closest one available (possibly at another zoom, or
     * null before anything was binned) while the exact one is binned in the background.
     */
    public BinnedFrame frameFor(TimelineData data, List<Lane> lanes, TimeScale view) {
        long origin = data.start();
        double npp = view.nsPerPixel();
        long v0 = GridScale.firstColumn(view, origin);
        int w = view.width();
        BinnedFrame frame = current;
        boolean usable = frame != null && frame.caseToken() == data.caseToken();
        if (usable && frame.covers(npp, v0, w) && frame.lanes().keySet().containsAll(lanes)) {
            prefetchIfNearEdge(data, lanes, frame, v0, w);
            return frame;
        }
        Request wanted = request(data, lanes, npp, v0, w);
        if (LaneBinning.work(data, origin + wanted.first * npp, origin + (wanted.first + wanted.columns) * npp)
                <= syncWork) {
            current = compute(data, wanted, usable && frame.npp() == npp ? frame : null);
            pending = null;
            generation.incrementAndGet();
            return current;
        }
        submit(data, wanted, usable && frame.npp() == npp ? frame : null);
        return usable ? frame : null;
    }

    /** True when the last frame handed out was exact and nothing is being binned. */
    public boolean isSettled() {
        return pending == null;
    }

    /** Drops everything binned (a new case). */
    public void clear() {
        generation.incrementAndGet();
        current = null;
        pending = null;
    }

    private void prefetchIfNearEdge(TimelineData data, List<Lane> lanes, BinnedFrame frame, long v0, int w) {
        long margin = w / 2;
        long traceFirst = -1;
        long traceLast = (long) Math.ceil((data.end() - data.start()) / frame.npp()) + 1;
        boolean nearLeft = v0 - frame.first() < margin && frame.first() > traceFirst;
        boolean nearRight = frame.first() + frame.columns() - (v0 + w) < margin
                && frame.first() + frame.columns() < traceLast;
        if (nearLeft || nearRight) {
            submit(data, request(data, lanes, frame.npp(), v0, w), frame);
        }
    }

    /** Three view widths centred on the view, clipped to the data's span. */
    private static Request request(TimelineData data, List<Lane> lanes, double npp, long v0, int w) {
        long lastColumn = (long) Math.ceil((data.end() - data.start()) / npp) + 1;
        long first = Math.max(-1, v0 - w);
        long last = Math.min(lastColumn, v0 + 2L * w);
        first = Math.min(first, v0);
        last = Math.max(last, v0 + w);
        return new Request(data.caseToken(), npp, first, (int) (last - first), List.copyOf(lanes));
    }

    private void submit(TimelineData data, Request wanted, BinnedFrame reuse) {
        Request p = pending;
        if (p != null && p.caseToken == wanted.caseToken && p.npp == wanted.npp && p.lanes.equals(wanted.lanes)
                && p.first <= wanted.first + wanted.columns / 3 && p.first + p.columns >= wanted.first + 2 * wanted.columns / 3) {
            return; // what is being binned already covers the view
        }
        pending = wanted;
        long gen = generation.incrementAndGet();
        worker.execute(() -> {
            if (generation.get() != gen) {
                return;
            }
            BinnedFrame done = compute(new LaneBinning(), data, wanted, reuse, gen);
            if (done == null) {
                return;
            }
            deliver.execute(() -> {
                if (generation.get() == gen) {
                    current = done;
                    pending = null;
                    onReady.run();
                }
            });
        });
    }

    private BinnedFrame compute(TimelineData data, Request wanted, BinnedFrame reuse) {
        return compute(binning, data, wanted, reuse, -1);
    }

    /** Bins every lane of the request; lanes of {@code reuse} at the same columns are kept. Null when superseded. */
    private BinnedFrame compute(LaneBinning with, TimelineData data, Request wanted, BinnedFrame reuse, long gen) {
        TimeScale scale = new TimeScale(data.start() + wanted.first * wanted.npp, wanted.columns * wanted.npp,
                Math.max(1, wanted.columns));
        boolean sameColumns = reuse != null && reuse.first() == wanted.first && reuse.columns() == wanted.columns;
        Map<Lane, LaneRuns[]> lanes = new HashMap<>();
        for (Lane lane : wanted.lanes) {
            if (gen >= 0 && generation.get() != gen) {
                return null;
            }
            LaneRuns[] runs = sameColumns ? reuse.lanes().get(lane) : null;
            lanes.put(lane, runs != null ? runs : with.bin(data, lane, scale));
        }
        return new BinnedFrame(data.caseToken(), data.start(), wanted.npp, wanted.first, Math.max(1, wanted.columns),
                Map.copyOf(lanes));
    }
}
