package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A kill among many signals in one column is the one drawn. */
class PointBinnerTest {

    private static PointSeries points(long[] times, int[] keys) {
        return new PointSeries() {
            @Override
            public int size() {
                return times.length;
            }

            @Override
            public long time(int k) {
                return times[k];
            }

            @Override
            public int key(int k) {
                return keys[k];
            }

            @Override
            public int priority(int k) {
                return MarkerKind.values()[keys[k]].priority();
            }
        };
    }

    @Test
    void theMostImportantPointWinsItsColumn() {
        int signal = MarkerKind.SIGNAL.ordinal();
        int kill = MarkerKind.KILL.ordinal();
        PointSeries series = points(new long[] {10, 20, 30, 150, 990, 2000},
                new int[] {signal, kill, signal, signal, signal, kill});
        LaneRuns runs = new LaneRuns();
        PointBinner.bin(series, new TimeScale(0, 1000, 10), runs);
        assertEquals(3, runs.count());
        assertEquals(0, runs.x0(0));
        assertEquals(kill, runs.key(0));
        assertEquals(1, runs.item(0));
        assertEquals(1, runs.x0(1));
        assertEquals(9, runs.x0(2));
    }
}
