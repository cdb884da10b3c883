package org.rtscope.ingest.kmsg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtscope.ingest.Sniffer;
import org.rtscope.model.SourceFormat;

/** Content alone tells the kernel-log formats apart, including from each other (CATALOG F1–F3, F10). */
class KernelLogSniffingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[ 1244.392351] sched: RT throttling activated\\n[ 1245.000000] foo: bar|DMESG",
        "[Sat Nov 21 05:30:40 2026] sched: RT throttling activated|DMESG",
        "<4>[ 1781.001582] sched: RT throttling activated|DMESG",
        "kern  :warn  : [ 1781.001582] sched: RT throttling activated|DMESG",
        "4,344,1781001582,-;sched: RT throttling activated|DMESG",
        "2026-11-21T06:40:46,001582+00:00 sched: RT throttling activated|DMESG",
        "WARNING: CPU: 3 PID: 1234 at kernel/smp.c:912 smp_call_function_many_cond+0x11e/0x4f0\\nModules linked in:\\n"
                + "Call Trace:\\n on_each_cpu_cond_mask+0x24/0x40|OOPS",
        "May 11 10:32:59 s4 kernel: [ 2395.896269]  ffffffff8106ffc1\\nMay  1 10:33:00 s4 kernel: [ 2395.9] x|SYSLOG",
        "2024-01-15T10:32:59.123456+01:00 host kernel: [ 2395.896269] sched: RT throttling activated|SYSLOG",
        "<30>1 2024-01-15T09:33:01.000150Z s2host systemd 1 - - pulseaudio.service: Failed with result 'signal'.|SYSLOG",
        "-- Journal begins at Sat 2021-03-13 15:23:01 UTC, ends at Sat 2021-03-13 15:41:18 UTC. --\\nMar 13 x|JOURNAL_TEXT",
        "Oct 24 01:36:33 sn01 kernel: RIP: 0010:smp_call_function_many_cond+0x11e/0x4f0\\nOct 04 01:36:34 sn01 kernel: x|JOURNAL_TEXT",
        "[  108.101136] host kernel: EXT4-fs error (device sdc2): foo\\n[  108.200000] host systemd[1]: bar|JOURNAL_TEXT",
        "2020-10-24T01:36:33+0100 sn01 kernel: RIP: 0010:smp_call_function_many_cond+0x11e/0x4f0|JOURNAL_TEXT",
        "{ \"__CURSOR\" : \"s=1;i=2\", \"__REALTIME_TIMESTAMP\" : \"1599541804928338\", \"MESSAGE\" : \"x\" }|JOURNAL_JSON",
        "__CURSOR=s=4801b45403ee41f9bfc72b56ef154ecf;i=1799\\n__REALTIME_TIMESTAMP=1627721964791353|JOURNAL_JSON",
        "hello world, this is not a log\\njust text|UNKNOWN",
    })
    void tellsTheFormatFromContent(String text, SourceFormat expected) {
        assertEquals(expected, Sniffer.sniff((text.replace("\\n", "\n") + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource({
        "s2_rt_throttling/dmesg_after.txt, DMESG",
        "s2_rt_throttling/dmesg_after_T.txt, DMESG",
        "s1_rttime_kill/trace-cmd_report.txt, TRACE_CMD",
        "s1_rttime_kill/ftrace_instance_trace.txt, FTRACE"})
    void recognisesTheRealRecordings(String file, SourceFormat expected) throws IOException {
        Path traces = Path.of(System.getProperty("rtscope.traces", "sample-traces"));
        Path shared = Path.of("../shared/traces");
        Path path = file.startsWith("s2_rt_throttling/dmesg_after") ? shared.resolve(file) : traces.resolve(file);
        assumeTrue(path.toFile().exists(), "recording not present: " + path);
        assertEquals(expected, Sniffer.sniff(path));
    }
}
