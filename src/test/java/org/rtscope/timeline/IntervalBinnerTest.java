package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One run per column: short intervals stay visible, cover and weights pick the winner, merging keeps labels honest. */
class IntervalBinnerTest {

    /** Intervals given as {start, end, key} triples. */
    private static IntervalSeries series(long[]... intervals) {
        return new IntervalSeries() {
            @Override
            public int size() {
                return intervals.length;
            }

            @Override
            public long start(int k) {
                return intervals[k][0];
            }

            @Override
            public long end(int k) {
                return intervals[k][1];
            }

            @Override
            public int key(int k) {
                return (int) intervals[k][2];
            }
        };
    }

    @Test
    void aTenMicrosecondTickStillGetsItsThreeMillisecondColumn() {
        IntervalSeries ticks = series(new long[] {4_000_000, 4_010_000, 0}, new long[] {12_000_000, 12_010_000, 0});
        LaneRuns runs = new LaneRuns();
        new IntervalBinner().bin(ticks, new TimeScale(0, 30_000_000, 10), runs);
        assertEquals(2, runs.count());
        assertEquals(1, runs.x0(0));
        assertEquals(4, runs.x0(1));
        assertEquals(1, runs.item(1));
        assertFalse(runs.mixed(0));
    }

    @Test
    void aDenseStretchOfShortIntervalsIsOneMixedRunAndALongIntervalAfterItKeepsItsOwn() {
        // ticks in columns 1, 2 and 3, then one interval covering columns 4-8
        IntervalSeries rows = series(new long[] {120, 130, 0}, new long[] {220, 230, 0}, new long[] {320, 330, 0},
                new long[] {390, 900, 0});
        LaneRuns runs = new LaneRuns();
        new IntervalBinner().bin(rows, new TimeScale(0, 1000, 10), runs);
        assertEquals(2, runs.count());
        assertTrue(runs.mixed(0));
        assertEquals(1, runs.x0(0));
        assertEquals(4, runs.x1(0), "column 3 holds the start of the long one: still dense");
        assertFalse(runs.mixed(1));
        assertEquals(3, runs.item(1));
        assertEquals(4, runs.x0(1));
        assertEquals(9, runs.x1(1));
    }

    @Test
    void theLongestCoverWinsUnlessWeightsSayOtherwise() {
        // column [0,100): key 2 (sleeping) for 90, key 1 (runnable) for 10
        IntervalSeries states = series(new long[] {0, 90, 2}, new long[] {90, 100, 1});
        LaneRuns runs = new LaneRuns();
        new IntervalBinner().bin(states, new TimeScale(0, 100, 1), runs);
        assertEquals(2, runs.key(0), "unweighted: the longer interval");
        new IntervalBinner(4, 2, 0.01).bin(states, new TimeScale(0, 100, 1), runs);
        assertEquals(1, runs.key(0), "runnable outweighs sleeping");
    }

    @Test
    void neighbouringColumnsMergeOnlyForTheSameInterval() {
        IntervalSeries rows = series(new long[] {0, 300, 3}, new long[] {300, 600, 3});
        LaneRuns runs = new LaneRuns();
        new IntervalBinner().bin(rows, new TimeScale(0, 600, 6), runs);
        assertEquals(2, runs.count(), "two intervals of the same kind stay two runs, each with its own label");
        assertEquals(0, runs.x0(0));
        assertEquals(3, runs.x1(0));
        assertEquals(3, runs.x0(1));
        assertEquals(6, runs.x1(1));
        assertEquals(1, runs.runAt(4));
        assertEquals(-1, runs.runAt(7));
    }

    @Test
    void zeroLengthIntervalsAndViewsOutsideTheSeries() {
        IntervalSeries one = series(new long[] {500, 500, 0});
        LaneRuns runs = new LaneRuns();
        new IntervalBinner().bin(one, new TimeScale(0, 1000, 10), runs);
        assertEquals(1, runs.count());
        assertEquals(5, runs.x0(0));
        new IntervalBinner().bin(one, new TimeScale(2000, 1000, 10), runs);
        assertEquals(0, runs.count());
    }

    @Test
    void aMillionIntervalsYieldAtMostOneRunPerColumn() {
        int n = 1_000_000;
        long[][] intervals = new long[n][];
        for (int i = 0; i < n; i++) {
            intervals[i] = new long[] {i * 100L, i * 100L + 10, 0};
        }
        LaneRuns runs = new LaneRuns();
        new IntervalBinner().bin(series(intervals), new TimeScale(0, n * 100.0, 1920), runs);
        assertEquals(1, runs.count(), "every column holds short intervals of one kind: one rectangle");
        assertTrue(runs.mixed(0));
        assertEquals(1920, runs.x1(0));
    }
}
