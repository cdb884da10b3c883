package org.rtscope.bench;

import java.io.IOException;
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
import org.rtscope.ingest.tracedat.TraceDatImporter;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/**
 * Throughput of the native trace.dat reader (v7, zstd-compressed pages as trace-cmd 3.x records them):
 * one operation = one file read into a frozen {@link Trace}. Pass another file with
 * {@code -Djmh.args="-p file=/abs/path/trace.dat ..."}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TraceDatImportBenchmark {
    @Param({"s3_timer_load/trace.dat", "s2_rt_throttling/trace.dat"})
    public String file;

    private Path path;

    @Setup
    public void locate() throws IOException {
        path = BenchFiles.resolve(file);
    }

    @Benchmark
    public Trace importTraceDat() throws IOException {
        SourceReport report = new SourceReport(file, SourceFormat.TRACE_DAT);
        return new TraceDatImporter().readFile(path, report, ImportMonitor.NONE);
    }
}
