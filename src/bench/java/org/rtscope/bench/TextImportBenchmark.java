package org.rtscope.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
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
import org.rtscope.ingest.ftrace.FtraceImporter;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/**
 * Throughput of the ftrace / trace-cmd text importer on real recordings, from memory so the disk does
 * not count: one operation = one whole file parsed into a frozen {@link Trace}. Divide the file size by
 * the time per operation for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TextImportBenchmark {
    @Param({"s3_timer_load/trace-cmd_report.txt", "s3_timer_load/ftrace_instance_trace.txt"})
    public String file;

    private byte[] content;

    @Setup
    public void load() throws IOException {
        content = Files.readAllBytes(BenchFiles.resolve(file));
    }

    @Benchmark
    public Trace importText() throws IOException {
        SourceReport report = new SourceReport(file, SourceFormat.FTRACE);
        return new FtraceImporter().read(new ByteArrayInputStream(content), content.length, report, ImportMonitor.NONE);
    }
}
