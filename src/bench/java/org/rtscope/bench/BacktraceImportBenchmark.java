package org.rtscope.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.backtrace.CrashImporter;
import org.rtscope.ingest.backtrace.GdbImporter;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;

/**
 * Throughput of the crash and gdb importers on the largest real backtrace files of the public corpus
 * (../shared/corpus, or -Drtscope.corpus=DIR), from memory: one operation = one whole file imported.
 * Divide the file size by the time per operation for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BacktraceImportBenchmark {
    @Param({"satyr/tests/gdb_stacktraces/rhbz-803600", "satyr/tests/gdb_stacktraces/rhbz-621492",
        "crash-utility/help.c-examples/foreach-01.txt"})
    public String file;

    private byte[] content;
    private boolean crash;

    @Setup
    public void load() throws IOException {
        Path path = Path.of(System.getProperty("rtscope.corpus", "../shared/corpus")).resolve(file);
        content = Files.readAllBytes(path);
        crash = file.startsWith("crash");
    }

    @Benchmark
    public Case.Source importBacktraces() throws IOException {
        SourceReport report = new SourceReport(file, crash ? SourceFormat.CRASH_BT : SourceFormat.GDB_BT);
        return (crash ? new CrashImporter() : new GdbImporter())
                .read(new ByteArrayInputStream(content), content.length, report, ImportMonitor.NONE);
    }
}
