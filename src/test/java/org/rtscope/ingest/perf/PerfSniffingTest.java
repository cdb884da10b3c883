package org.rtscope.ingest.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtscope.TestData;
import org.rtscope.ingest.Sniffer;
import org.rtscope.model.SourceFormat;

/** perf texts are told by content, and the ftrace texts of the same recordings stay ftrace. */
class PerfSniffingTest {

    @ParameterizedTest
    @CsvSource({
        "s1_rttime_kill, perf_script.txt, PERF_SCRIPT",
        "s1_rttime_kill, trace-cmd_report.txt, TRACE_CMD",
        "s1_rttime_kill, ftrace_instance_trace.txt, FTRACE",
        "s2_rt_throttling, trace-cmd_report.txt, TRACE_CMD",
        "s3_timer_load, ftrace_instance_trace.txt, FTRACE",
        "s4_sigalrm_mutex_deadlock, gdb_attach_bt.txt, GDB_BT"})
    void recognisesTheRealRecordings(String scenario, String file, SourceFormat expected) throws IOException {
        assertEquals(expected, Sniffer.sniff(TestData.trace(scenario, file)));
    }

    @Test
    void paddedTracepointLineWithoutCallchainIsPerfScript() {
        String line = "         swapper     0 [000]  1820.499468:       sched:sched_switch: prev_comm=swapper/0 "
                + "prev_pid=0 prev_prio=120 prev_state=R ==> next_comm=perf-exec next_pid=4995 next_prio=120\n";
        assertEquals(SourceFormat.PERF_SCRIPT, Sniffer.sniff(line.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'    151916 bytes in size (1150976 uncompressed)'",
        "'[  329.047750][    C1] NMI backtrace for cpu 1 skipped: idling at native_safe_halt+0xe/0x10'",
        "'        f = Frame 0x1d13d80, for file /usr/lib64/python2.6/site-packages/libvirt.py, in listVolumes (self)'",
        "'CPU 0 RUNQUEUE: ffff880001cdb460'"})
    void lookAlikesFromOtherToolsAreNotPerfScript(String line) {
        assertNotEquals(SourceFormat.PERF_SCRIPT, Sniffer.sniff((line + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void timehistRowsWithoutHeaderAreTimehist() {
        String rows = "    1820.499318 [0000]  migration/0[18]      0.000      0.020      0.040\n"
                + "    1820.499468 [0000]  <idle>               0.000      0.000      0.150\n";
        assertEquals(SourceFormat.PERF_TIMEHIST, Sniffer.sniff(rows.getBytes(StandardCharsets.UTF_8)));
    }
}
