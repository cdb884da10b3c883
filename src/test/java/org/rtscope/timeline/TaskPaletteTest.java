package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rtscope.model.Task;

class TaskPaletteTest {
    private final TaskPalette palette = new TaskPalette();

    private static int r(int rgb) {
        return rgb >> 16 & 0xFF;
    }

    private static int b(int rgb) {
        return rgb & 0xFF;
    }

    @Test
    void realtimeIsWarmAndDarkerForHigherPriority() {
        int previous = -1;
        for (int prio = 99; prio >= 0; prio -= 7) {
            int c = palette.color(26988, prio);
            assertTrue(r(c) > b(c) + 60, "warm at prio " + prio);
            if (previous >= 0) {
                assertTrue(TaskPalette.luminance(c) <= TaskPalette.luminance(previous), "darker at prio " + prio);
            }
            previous = c;
        }
        assertNotEquals(palette.color(1, 0), palette.color(1, 99));
    }

    @Test
    void normalTasksAreCoolAndStable() {
        for (int tid = 1; tid < 500; tid++) {
            int c = palette.color(tid, 120);
            assertTrue(b(c) > r(c), "cool for tid " + tid);
            assertEquals(c, palette.color(tid, 120));
        }
        assertNotEquals(palette.color(1000, 120), palette.color(1001, 120), "threads of a process differ");
        assertTrue(b(palette.color(5, Task.NO_PRIO)) > r(palette.color(5, Task.NO_PRIO)), "unknown prio is not RT");
    }

    @Test
    void idleIsNotPainted() {
        assertEquals(TaskPalette.NONE, palette.color(0, 120));
    }

    @Test
    void labelTextContrasts() {
        for (int prio = -1; prio < 140; prio++) {
            int fill = palette.color(3 + prio, prio);
            int text = TaskPalette.textColor(fill);
            double l1 = Math.max(TaskPalette.luminance(fill), TaskPalette.luminance(text)) + 0.05;
            double l2 = Math.min(TaskPalette.luminance(fill), TaskPalette.luminance(text)) + 0.05;
            assertTrue(l1 / l2 >= 4.0, "contrast at prio " + prio + ": " + l1 / l2);
        }
    }
}
