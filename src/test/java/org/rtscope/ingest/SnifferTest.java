package org.rtscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtscope.TestData;
import org.rtscope.model.SourceFormat;

class SnifferTest {

    @ParameterizedTest
    @CsvSource({
        "s2_rt_throttling, trace-cmd_report.txt, TRACE_CMD",
        "s2_rt_throttling, ftrace_instance_trace.txt, FTRACE",
        "s2_rt_throttling, trace.dat, TRACE_DAT",
        "s2_rt_throttling, dmesg_new_lines.txt, DMESG",
        "s1_rttime_kill, perf_script.txt, PERF_SCRIPT",
        "s4_sigalrm_mutex_deadlock, gdb_attach_bt.txt, GDB_BT",
        "s4_sigalrm_mutex_deadlock, gdb_core_bt_full.txt, GDB_BT"})
    void recognisesTheRealRecordings(String scenario, String file, SourceFormat expected) throws IOException {
        assertEquals(expected, Sniffer.sniff(TestData.trace(scenario, file)));
    }

    @Test
    void headerlessTracePipeOutputIsFtrace() {
        String pipe = "          <idle>-0       [001] d.h1.  1242.464060: irq_handler_entry: irq=36 name=virtio1-req.0\n";
        assertEquals(SourceFormat.FTRACE, Sniffer.sniff(pipe.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void traceCmdLatencyOutputWithoutHeaderIsTraceCmd() {
        String latency = "  <idle>-0       1d.h1.  1242.328050: local_timer_entry:    vector=236\n";
        assertEquals(SourceFormat.TRACE_CMD, Sniffer.sniff(latency.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void byteOrderMarkIsIgnored() {
        String text = "\uFEFF# tracer: nop\n";
        assertEquals(SourceFormat.FTRACE, Sniffer.sniff(text.getBytes(StandardCharsets.UTF_8)));
    }
}
