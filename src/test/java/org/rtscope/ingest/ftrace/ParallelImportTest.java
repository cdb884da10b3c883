package org.rtscope.ingest.ftrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtscope.TestData;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/** Parsing in parallel chunks must give exactly what one sequential pass gives: events, lines, stacks, tasks. */
class ParallelImportTest {

    @ParameterizedTest(name = "{0}/{1} in {2} chunks")
    @CsvSource({
        "s1_rttime_kill, ftrace_instance_trace.txt, 2",
        "s1_rttime_kill, trace-cmd_report.txt, 3",
        "s3_timer_load, trace-cmd_report.txt, 2",
        "s3_timer_load, ftrace_instance_trace.txt, 7",
        "s4_sigalrm_mutex_deadlock, trace-cmd_report.txt, 16"})
    void chunksGiveTheSameTraceAsOnePass(String scenario, String file, int chunks) throws IOException {
        Path path = TestData.trace(scenario, file);
        SourceReport sequentialReport = new SourceReport(path.toString(), SourceFormat.FTRACE);
        Trace sequential = new FtraceImporter(1, 0).readFile(path, sequentialReport, ImportMonitor.NONE);
        SourceReport parallelReport = new SourceReport(path.toString(), SourceFormat.FTRACE);
        Trace parallel = new FtraceImporter(chunks, 0).readFile(path, parallelReport, ImportMonitor.NONE);

        assertEquals(GoldenTsv.render(sequential, sequentialReport), GoldenTsv.render(parallel, parallelReport));
        assertEquals(sequential.tasks().size(), parallel.tasks().size());
        for (int c = 0; c < sequential.cpuCount(); c++) {
            assertEquals(sequential.slices(c).size(), parallel.slices(c).size());
        }
    }
}
