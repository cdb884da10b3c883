package org.rtscope.ingest.ftrace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtscope.TestData;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.EventKind;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/**
 * Parsing in parallel chunks must give exactly what one sequential pass gives: events, lines, stacks,
 * tasks with their priority histories, and every slice of every CPU (which a joined import derives while
 * the later chunks are still being copied).
 */
class ParallelImportTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}/{1} in {2} chunks")
    @CsvSource({
        "s1_rttime_kill, ftrace_instance_trace.txt, 2",
        "s1_rttime_kill, trace-cmd_report.txt, 3",
        "s2_rt_throttling, trace-cmd_report.txt, 2",
        "s3_timer_load, trace-cmd_report.txt, 2",
        "s3_timer_load, ftrace_instance_trace.txt, 7",
        "s4_sigalrm_mutex_deadlock, trace-cmd_report.txt, 16"})
    void chunksGiveTheSameTraceAsOnePass(String scenario, String file, int chunks) throws IOException {
        assertSameAsOnePass(TestData.trace(scenario, file), chunks);
    }

    @Test
    void chunksOutOfTimeOrderAreSortedAsInOnePass() throws IOException {
        // per-CPU ftrace files concatenated: the second half starts earlier than the first ends
        List<String> lines = new ArrayList<>();
        lines.add("# tracer: nop");
        for (int cpu = 1; cpu >= 0; cpu--) {
            for (int k = 0; k < 400; k++) {
                int prev = 100 + cpu * 10 + k % 3;
                int next = 100 + cpu * 10 + (k + 1) % 3;
                lines.add(String.format("          task-%d  [%03d] d..2.  %d.%06d: sched_switch: prev_comm=task "
                        + "prev_pid=%d prev_prio=%d prev_state=S ==> next_comm=task next_pid=%d next_prio=120",
                        prev, cpu, 100 + k / 100, (k % 100) * 1000 + cpu, prev, k % 2 == 0 ? 120 : 89, next));
            }
        }
        Path path = dir.resolve("per-cpu.txt");
        Files.write(path, lines, StandardCharsets.UTF_8);
        Trace parallel = assertSameAsOnePass(path, 2);
        assertEquals(800, parallel.size());
        assertTrue(parallel.ts(0) < parallel.ts(parallel.size() - 1));
    }

    private static Trace assertSameAsOnePass(Path path, int chunks) throws IOException {
        SourceReport sequentialReport = new SourceReport(path.toString(), SourceFormat.FTRACE);
        Trace sequential = new FtraceImporter(1, 0).readFile(path, sequentialReport, ImportMonitor.NONE);
        SourceReport parallelReport = new SourceReport(path.toString(), SourceFormat.FTRACE);
        Trace parallel = new FtraceImporter(chunks, 0).readFile(path, parallelReport, ImportMonitor.NONE);

        assertEquals(GoldenTsv.render(sequential, sequentialReport), GoldenTsv.render(parallel, parallelReport));
        assertEquals(tasks(sequential), tasks(parallel));
        assertEquals(sequential.cpuCount(), parallel.cpuCount());
        for (int c = 0; c < sequential.cpuCount(); c++) {
            assertEquals(slices(sequential.slices(c)), slices(parallel.slices(c)), "CPU " + c);
            assertEquals(sequential.eventsOn(c), parallel.eventsOn(c), "events on CPU " + c);
        }
        for (EventKind kind : EventKind.values()) {
            assertArrayEquals(sequential.eventsOf(kind), parallel.eventsOf(kind), kind.name());
        }
        return parallel;
    }

    private static List<String> tasks(Trace trace) {
        List<String> rows = new ArrayList<>();
        for (Task task : trace.tasks().all()) {
            StringBuilder row = new StringBuilder(task.tid() + " " + task.pid() + " " + task.comm());
            for (int k = 0; k < task.prioChanges(); k++) {
                row.append(' ').append(task.prioSince(k)).append('=').append(task.prioAt(k));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    private static List<String> slices(CpuSlices slices) {
        List<String> rows = new ArrayList<>();
        for (int k = 0; k < slices.size(); k++) {
            rows.add(slices.startEvent(k) + " " + slices.start(k) + "-" + slices.end(k) + " tid " + slices.tid(k)
                    + " prio " + slices.prio(k) + " state " + slices.endState(k) + " flags " + slices.flags(k));
        }
        return rows;
    }
}
