package org.rtscope.ingest.kmsg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtscope.model.LogStore;

/** The prefixes of kernel log, syslog and journalctl lines, one shape per row (CATALOG F1–F3). */
class LogLinePrefixTest {
    private static final long REFERENCE = Instant.parse("2024-06-01T00:00:00Z").toEpochMilli() * 1_000_000L;

    private static String time(long ns) {
        return ns == LogStore.NO_TIME ? "-" : Long.toString(ns);
    }

    private static String wall(long ns) {
        return ns == LogStore.NO_TIME ? "-" : Instant.ofEpochSecond(0, ns).toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // line | level | boot ns | wall | pid | cpu | message
        "[  103.087243] rcu: INFO: rcu_sched detected stalls|-1|103087243000|-|-1|-1|rcu: INFO: rcu_sched detected stalls",
        "[  721.016745][    C0] watchdog: BUG: soft lockup|-1|721016745000|-|-1|0|watchdog: BUG: soft lockup",
        "[ 1514.089966][    T1] Testing event system initcall: OK|-1|1514089966000|-|1|-1|Testing event system initcall: OK",
        "\"[ 4671.228764] [3: kworker/u20:29:17140]  __schedule_bug+0x6c/0x94\"|-1|4671228764000|-|17140|3|\" __schedule_bug+0x6c/0x94\"",
        "<3>[ 1234.567890] oops|3|1234567890000|-|-1|-1|oops",
        "kern  :err   : [  123.456789] msg|3|123456789000|-|-1|-1|msg",
        "[  123.456789 <    0.000123>] msg|-1|123456789000|-|-1|-1|msg",
        "[Thu Oct 19 02:11:44 2017] NMI backtrace for cpu 11|-1|-|2017-10-19T02:11:44Z|-1|-1|NMI backtrace for cpu 11",
        "2013-06-13T22:11:00,123456+0100 msg|-1|-|2013-06-13T21:11:00.123456Z|-1|-1|msg",
        "\"4,5012,12915313027,-; <TASK>\"|4|12915313027000|-|-1|-1|\" <TASK>\"",
        "6,1234,5678901,-,caller=T123;msg|6|5678901000|-|123|-1|msg",
        "\"** 12 printk messages dropped ** [   50.750742] INFO: Allocated\"|-1|50750742000|-|-1|-1|INFO: Allocated",
    })
    void readsKernelLogPrefixes(String line, int level, String boot, String wallTime, int pid, int cpu, String message) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        DmesgPrefix p = new DmesgPrefix();
        assertTrue(p.parse(b, 0, b.length));
        assertEquals(level + "|" + boot + "|" + wallTime + "|" + pid + "|" + cpu + "|" + message,
                p.level + "|" + time(p.bootNs) + "|" + wall(p.wallNs) + "|" + p.pid + "|" + p.cpu + "|"
                        + new String(b, p.message, b.length - p.message, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[00001044] *pgd=8f35a835", "executing program 1:", "2021/02/21 12:37:19 executor 5 failed", "Call Trace:",
        "[<ffffffff8158a6a3>] ? dump_stack+0x40/0x50", "usr :info  : not a facility"})
    void otherLinesHaveNoPrefix(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        assertFalse(new DmesgPrefix().parse(b, 0, b.length));
    }

    /** Year-less stamps are read in the reference year here; {@link YearInference#correct} moves them later. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // line | wall | boot ns | level | ident | pid | message
        "May 11 10:32:59 s4 kernel: [ 2395.896269]  ffffffff8106ffc1|2024-05-11T10:32:59Z|-|-1|kernel|-1|\"[ 2395.896269]  ffffffff8106ffc1\"",
        "nov 20 12:16:10 cfdev02 systemd[1]: conntrackd.service: Watchdog timeout (limit 10s)!|2024-11-20T12:16:10Z|-|-1|systemd|1|conntrackd.service: Watchdog timeout (limit 10s)!",
        "May  1 10:32:59.123456 host a[7]: m|2024-05-01T10:32:59.123456Z|-|-1|a|7|m",
        "2024-01-15T10:32:59.123456+01:00 host kernel: x|2024-01-15T09:32:59.123456Z|-|-1|kernel|-1|x",
        "2020-10-24T01:36:33+0100 sn01 kernel: RIP: 0010:f+0x1/0x2|2020-10-24T00:36:33Z|-|-1|kernel|-1|RIP: 0010:f+0x1/0x2",
        "[  108.101136] host kernel: EXT4-fs error (device sdc2)|-|108101136000|-1|kernel|-1|EXT4-fs error (device sdc2)",
        "1599541804.928338 host kernel: x|2020-09-08T05:10:04.928338Z|-|-1|kernel|-1|x",
        "Sat 2021-03-13 15:23:01 UTC host kernel: x|2021-03-13T15:23:01Z|-|-1|kernel|-1|x",
        "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - 'su root' failed|2003-10-11T22:14:15.003Z|-|2|su|-1|'su root' failed",
        "Oct 11 22:14:15 mymachine last message repeated 5 times|2024-10-11T22:14:15Z|-|-1||-1|last message repeated 5 times",
    })
    void readsSyslogAndJournalLines(String line, String wallTime, String boot, int level, String ident, int pid,
                                    String message) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        SyslogLine p = new SyslogLine(new YearInference(REFERENCE));
        assertTrue(p.parse(b, 0, b.length));
        assertEquals(wallTime + "|" + boot + "|" + level + "|" + (ident == null ? "" : ident) + "|" + pid + "|" + message,
                wall(p.wallNs) + "|" + time(p.bootNs) + "|" + p.level + "|"
                        + new String(b, p.identStart, p.identEnd - p.identStart, StandardCharsets.UTF_8) + "|" + p.pid + "|"
                        + new String(b, p.message, b.length - p.message, StandardCharsets.UTF_8));
    }

    @Test
    void yearLessStampsCrossNewYearAndEndBeforeTheReference() {
        YearInference years = new YearInference(Instant.parse("2026-01-05T00:00:00Z").toEpochMilli() * 1_000_000L);
        LogStore.Builder logs = new LogStore.Builder();
        int[] months = {11, 12, 12, 1, 1};
        for (int month : months) {
            long ns = Instant.parse(String.format("%04d-%02d-03T00:00:00Z", years.yearFor(month), month)).toEpochMilli()
                    * 1_000_000L;
            int i = logs.add(LogStore.NO_TIME, ns, -1, 0, -1, -1, 1, 0, "x");
            years.inferred(i, ns);
        }
        assertEquals(1, years.correct(logs));
        LogStore store = logs.build();
        assertEquals("2025-11-03T00:00:00Z", wall(store.wallNs(0)));
        assertEquals("2025-12-03T00:00:00Z", wall(store.wallNs(2)));
        assertEquals("2026-01-03T00:00:00Z", wall(store.wallNs(4)));
    }

    @Test
    void aClockSetBackIsNotANewYear() {
        YearInference years = new YearInference(REFERENCE);
        assertEquals(2024, years.yearFor(3));
        assertEquals(2024, years.yearFor(2));
        assertEquals(2024, years.yearFor(3));
    }
}
