package org.rtscope.ingest.ftrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.model.IrqFlags;

/** The leading columns of event lines, read in place: the layouts and the edge cases of each column. */
class EventLineTest {
    private final EventLine line = new EventLine();
    private byte[] bytes;

    private boolean parse(String text) {
        bytes = text.getBytes(StandardCharsets.UTF_8);
        return line.parse(bytes, 0, bytes.length);
    }

    private String slice(int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    @Test
    void traceCmdPlainLayoutHasNoFlags() {
        assertTrue(parse(" VM Periodic Tas-16858 [000]  1230.641392: sched_switch:         VM Periodic Tas:16858 [120] S"));
        assertEquals("VM Periodic Tas", slice(line.commStart, line.commEnd));
        assertEquals(16858, line.pid);
        assertEquals(0, line.cpu);
        assertEquals(IrqFlags.NONE, line.flags);
        assertEquals(1230_641392000L, line.ts);
        assertEquals("sched_switch", slice(line.nameStart, line.nameEnd));
        assertEquals("VM Periodic Tas:16858 [120] S", slice(line.bodyStart, line.bodyEnd));
    }

    @Test
    void ftraceLayoutWithTgidAndFlags() {
        assertTrue(parse("          rt-hog-26988   (  26988) [001] d.h1.  1242.464060: irq_handler_entry: irq=36"));
        assertEquals("rt-hog", slice(line.commStart, line.commEnd));
        assertEquals(26988, line.pid);
        assertEquals(26988, line.tgid);
        assertEquals(1, line.cpu);
        assertTrue(IrqFlags.present(line.flags));
        assertTrue(IrqFlags.irqsOff(line.flags));
        assertEquals("irq=36", slice(line.bodyStart, line.bodyEnd));
    }

    @ParameterizedTest
    @CsvSource({
        "1230.634466, 1230634466000",
        "1230, 1230000000000",
        "5.1, 5100000000",
        "1230.123456789, 1230123456789",
        "1230.1234567891234, 1230123456789",
    })
    void timestampsOfEveryPrecision(String stamp, long nanos) {
        assertTrue(parse("  bash-1 [000]  " + stamp + ": print: x"));
        assertEquals(nanos, line.ts);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "  bash-1 [000]  1230.: print: x",
        "  bash-1 [000]  12a.5: print: x",
        "  bash-1 [000]  1230.5 : print: x",
        "  bash-1 [000]  1230.5",
        "  bash- [000]  1230.5: print: x",
        "  bash-1x [000]  1230.5: print: x",
        "  bash-1 [000]  1230.5: : x",
    })
    void malformedColumnsAreNotEventLines(String text) {
        assertFalse(parse(text));
    }

    @Test
    void thePidFollowsTheLastDashOfTheComm() {
        assertTrue(parse("  kworker/u4:2-x-123 [001]  7.5: print: x"));
        assertEquals("kworker/u4:2-x", slice(line.commStart, line.commEnd));
        assertEquals(123, line.pid);
    }
}
