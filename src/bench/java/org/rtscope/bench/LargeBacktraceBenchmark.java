package org.rtscope.bench;

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
import org.openjdk.jmh.annotations.TearDown;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;

/**
 * Loading a generated ~1 GB crash or gdb transcript ({@link BacktraceTranscripts}) from a temporary file
 * through {@link CaseLoader}, as the app does: sniffing, streaming, parsing, building the reports. The
 * file is written before the measurements and deleted after them. One operation = one whole load;
 * divide {@link #megabytes} by the seconds per operation for MB/s. The 1 GB crash session holds about
 * 1.8 million small tasks, more than the importer keeps (1,048,576, then a warning): the rest is parsed
 * and dropped, as a real file that size would be.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargeBacktraceBenchmark {
    @Param({"gdb", "crash"})
    public String kind;

    /** Size of the generated transcript. */
    @Param("1000")
    public long megabytes;

    private Path dir;
    private Path file;

    @Setup
    public void generate() throws IOException {
        dir = Files.createTempDirectory("rtscope-bench");
        long bytes = megabytes * 1_000_000;
        file = kind.equals("gdb") ? BacktraceTranscripts.gdb(dir.resolve("threads.txt"), bytes)
                : BacktraceTranscripts.crash(dir.resolve("session.txt"), bytes);
        System.out.printf("%n%s transcript: %d bytes%n", kind, Files.size(file));
    }

    @Benchmark
    public Case.Source load() {
        Case.Source source = CaseLoader.loadOne(file, ImportMonitor.NONE);
        if (source.stacks().isEmpty()) {
            throw new IllegalStateException("nothing imported: " + source.report().warnings());
        }
        return source;
    }

    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }
}
