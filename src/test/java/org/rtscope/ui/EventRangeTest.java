package org.rtscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventRangeTest {

    @Test
    void isAWindowOfIndicesWithoutStoringThem() {
        EventRange range = new EventRange(1_000_000, 3_000_000);
        assertEquals(2_000_000, range.size());
        assertEquals(1_000_000, range.get(0));
        assertEquals(2_999_999, range.get(1_999_999));
        assertEquals(5, range.indexOf(1_000_005));
        assertTrue(range.contains(2_000_000));
        assertFalse(range.contains(3_000_000));
        assertEquals(-1, range.indexOf("x"));
        assertThrows(IndexOutOfBoundsException.class, () -> range.get(2_000_000));
    }

    @Test
    void anInvertedRangeIsEmpty() {
        assertEquals(0, new EventRange(10, 5).size());
    }
}
