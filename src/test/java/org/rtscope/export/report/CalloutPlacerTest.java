package org.rtscope.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Circles sit at their times when there is room, and never overlap when there is not. */
class CalloutPlacerTest {

    @Test
    void farApartCirclesStayWhereTheyPointInTheFirstRow() {
        CalloutPlacer.Spot[] spots = CalloutPlacer.place(new double[] {500, 100, 900}, 1000, 20, 2);
        assertEquals(new CalloutPlacer.Spot(500, 0), spots[0]);
        assertEquals(new CalloutPlacer.Spot(100, 0), spots[1]);
        assertEquals(new CalloutPlacer.Spot(900, 0), spots[2]);
    }

    @Test
    void closeCirclesGoToTheNextRowThenMoveRight() {
        CalloutPlacer.Spot[] spots = CalloutPlacer.place(new double[] {300, 305, 310}, 1000, 20, 2);
        assertEquals(new CalloutPlacer.Spot(300, 0), spots[0]);
        assertEquals(new CalloutPlacer.Spot(305, 1), spots[1]);
        assertEquals(0, spots[2].row());
        assertEquals(322, spots[2].x(), 1e-9);
        assertNoOverlap(spots, 20);
    }

    @Test
    void circlesOutsideThePlotArePinnedToItsEdges() {
        CalloutPlacer.Spot[] spots = CalloutPlacer.place(new double[] {-50, 5000}, 1000, 20, 2);
        assertEquals(10, spots[0].x(), 1e-9);
        assertEquals(990, spots[1].x(), 1e-9);
    }

    @Test
    void aBurstOfFindingsNeverOverlaps() {
        double[] wanted = new double[40];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = 400 + (i % 7) * 3;
        }
        assertNoOverlap(CalloutPlacer.place(wanted, 2000, 22, 2), 22);
    }

    private static void assertNoOverlap(CalloutPlacer.Spot[] spots, double diameter) {
        for (int i = 0; i < spots.length; i++) {
            for (int j = i + 1; j < spots.length; j++) {
                if (spots[i].row() == spots[j].row()) {
                    assertTrue(Math.abs(spots[i].x() - spots[j].x()) >= diameter, spots[i] + " and " + spots[j]);
                }
            }
        }
    }
}
