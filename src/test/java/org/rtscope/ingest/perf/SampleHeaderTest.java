package org.rtscope.ingest.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtscope.ingest.text.Bytes;

/** The event-line columns of every field layout perf prints, read from the right-hand anchors. */
class SampleHeaderTest {
    private final SampleHeader header = new SampleHeader();
    private byte[] line;

    private boolean parse(String text) {
        line = text.getBytes(StandardCharsets.UTF_8);
        return header.parse(line, 0, line.length);
    }

    private String range(int from, int to) {
        return new String(line, from, to - from, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // line | comm | pid | tid | cpu | ts | period | event
        "JS Watchdog 26530 [000]  1213.3: signal:signal_deliver: sig=9|JS Watchdog|-1|26530|0|1213300000000|-1|signal:signal_deliver",
        "'     JS Watchdog 26530 [000]  1213.3:  signal:signal_deliver: sig=9'|JS Watchdog|-1|26530|0|1213300000000|-1|signal:signal_deliver",
        "Finalizer 26499/26529 [000]  1213.383309:  signal:signal_deliver: x|Finalizer|26499|26529|0|1213383309000|-1|signal:signal_deliver",
        ":-1 26499/-1    [001]  1213.396433: signal:signal_generate: x|:-1|26499|-1|1|1213396433000|-1|signal:signal_generate",
        "' 4994  1820.499224: sched:sched_stat_runtime: comm=perf'||-1|4994|-1|1820499224000|-1|sched:sched_stat_runtime",
        "xwax  1896 cycles: |xwax|-1|1896|-1|" + Long.MIN_VALUE + "|-1|cycles",
        "perf 47118 [011] 51499.088689:          1 page-faults: |perf|-1|47118|11|51499088689000|1|page-faults",
        "inline-counter 26037  8801.193547:     250000 cpu-clock:uhH:|inline-counter|-1|26037|-1|8801193547000|250000|cpu-clock:uhH",
        "sleep 5969 1056482.246904123: PERF_RECORD_COMM exec: sleep:5969/5969|sleep|-1|5969|-1|1056482246904123|-1|PERF_RECORD_COMM",
    })
    void readsTheColumns(String text, String comm, int pid, int tid, int cpu, long ts, long period, String event) {
        assertTrue(parse(text));
        assertEquals(comm == null ? "" : comm, range(header.commStart, header.commEnd));
        assertEquals(pid, header.pid);
        assertEquals(tid, header.tid);
        assertEquals(cpu, header.cpu);
        assertEquals(ts, header.ts == Bytes.NONE ? Long.MIN_VALUE : header.ts);
        assertEquals(period, header.period);
        assertEquals(event, range(header.nameStart, header.nameEnd));
    }

    @Test
    void callchainFramesAndProseAreNotEventLines() {
        assertFalse(parse("\tffffffff8136bc19 __send_signal_locked+0x229 ([kernel.kallsyms])"));
        assertFalse(parse("            1213 main+0x123 (/home/rt/lab/trace/src/rttime_kill)"));
        assertFalse(parse("# cmdline : /usr/bin/perf record -F 99 -a -g -- sleep 10"));
        assertFalse(parse("    1820.499318 [0000]  migration/0[18]      0.000      0.020      0.040"));
    }

    @Test
    void theBodyFollowsTheEventName() {
        assertTrue(parse("sleep 26464 [000]  1209.501790: signal:signal_generate: sig=17 errno=0  "));
        assertEquals("sig=17 errno=0", range(header.bodyStart, header.bodyEnd));
        assertFalse(header.sideBand);
    }
}
