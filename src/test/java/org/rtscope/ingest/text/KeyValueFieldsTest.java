package org.rtscope.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyValueFieldsTest {
    private static final KeyValueFields.Keys TASK = new KeyValueFields.Keys("comm", "pid", "prio", "target_cpu");
    private static final int COMM = 0, PID = 1, PRIO = 2, TARGET_CPU = 3;

    private final KeyValueFields kv = new KeyValueFields();
    private byte[] buf;

    private void split(String body, KeyValueFields.Keys keys) {
        buf = body.getBytes(StandardCharsets.UTF_8);
        kv.split(buf, 0, buf.length, keys);
    }

    private String value(int key) {
        return new String(buf, kv.valueStart(key), kv.valueEnd(key) - kv.valueStart(key), StandardCharsets.UTF_8);
    }

    @Test
    void valuesRunToTheNextKeySoCommsKeepTheirSpaces() {
        split("comm=JavaFX Applicat pid=26928 prio=120 target_cpu=001", TASK);
        assertEquals(4, kv.count());
        assertEquals("JavaFX Applicat", value(COMM));
        assertEquals(26928, kv.intValue(PID, -1));
        assertEquals(120, kv.intValue(PRIO, -1));
        assertEquals(1, kv.intValue(TARGET_CPU, -1));
    }

    @Test
    void aMissingKeyGivesTheFallback() {
        split("comm=rcu_preempt pid=15", TASK);
        assertFalse(kv.has(PRIO));
        assertEquals(120, kv.intValue(PRIO, 120));
        assertEquals(Bytes.NONE, kv.longValue(TARGET_CPU));
        assertTrue(kv.has(COMM));
    }

    @Test
    void unwantedKeysStillEndTheValueBeforeThem() {
        split("comm=bash success=1 pid=9831", TASK);
        assertEquals(3, kv.count());
        assertEquals("bash", value(COMM));
        assertEquals(9831, kv.intValue(PID, -1));
    }

    @Test
    void theFirstOccurrenceOfAKeyWins() {
        split("pid=1 comm=a pid=2", TASK);
        assertEquals(1, kv.intValue(PID, -1));
    }

    @Test
    void numbersAreDecimalSignedOrHexAndOtherValuesAreNotNumbers() {
        KeyValueFields.Keys keys = new KeyValueFields.Keys("a", "b", "c", "d", "e");
        split("a=-12 b=0x1f c=hrtimer_wakeup d=7trailing e=99999999999", keys);
        assertEquals(-12, kv.intValue(0, 0));
        assertEquals(31, kv.intValue(1, 0));
        assertEquals(-5, kv.intValue(2, -5));
        assertEquals(7, kv.intValue(3, 0), "digits up to the first non-digit, as Bytes.parseLong reads them");
        assertEquals(-1, kv.intValue(4, -1), "out of int range");
        assertEquals(99_999_999_999L, kv.longValue(4));
    }

    @Test
    void anArrowEndsAValue() {
        KeyValueFields.Keys keys = new KeyValueFields.Keys("prev_state", "next_comm");
        split("prev_state=S ==> next_comm=swapper/0", keys);
        assertEquals("S", value(0));
        assertEquals("swapper/0", value(1));
    }

    @Test
    void splittingAgainForgetsTheLastBody() {
        split("comm=a pid=1 prio=99", TASK);
        split("pid=2", TASK);
        assertFalse(kv.has(COMM));
        assertFalse(kv.has(PRIO));
        assertEquals(2, kv.intValue(PID, -1));
    }

    @Test
    void readsOnlyTheGivenRange() {
        buf = "xx comm=a pid=12 yy".getBytes(StandardCharsets.UTF_8);
        kv.split(buf, 3, 16, TASK);
        assertEquals(12, kv.intValue(PID, -1));
        assertEquals("a", value(COMM));
    }

    @Test
    void stopsAtThirtyTwoFields() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("k").append(i).append('=').append(i).append(' ');
        }
        body.append("pid=5");
        split(body.toString(), TASK);
        assertEquals(32, kv.count());
        assertFalse(kv.has(PID));
    }

    @Test
    void atMostEightKeysPerReader() {
        assertThrows(IllegalArgumentException.class,
                () -> new KeyValueFields.Keys("a", "b", "c", "d", "e", "f", "g", "h", "i"));
    }
}
