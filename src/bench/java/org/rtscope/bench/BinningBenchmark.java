package org.rtscope.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Trace;
import org.rtscope.timeline.LaneRuns;
import org.rtscope.timeline.SliceBinner;
import org.rtscope.timeline.TimeScale;

/**
 * Cost of binning every CPU's run slices into one 1920-pixel row, the per-frame work of the timeline,
 * at three zoom levels: the whole trace, 1 % of it and 0.01 % of it (centred).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BinningBenchmark {
    @Param({"s3_timer_load/trace-cmd_report.txt"})
    public String file;

    @Param({"1.0", "0.01", "0.0001"})
    public double fraction;

    private Trace trace;
    private TimeScale scale;
    private final SliceBinner binner = new SliceBinner();
    private final LaneRuns out = new LaneRuns();

    @Setup
    public void load() throws java.io.IOException {
        trace = CaseLoader.loadOne(BenchFiles.resolve(file), ImportMonitor.NONE).trace();
        double span = (trace.end() - trace.start()) * fraction;
        double start = trace.start() + ((trace.end() - trace.start()) - span) / 2;
        scale = new TimeScale(start, span, 1920);
    }

    @Benchmark
    public int binAllCpus() {
        int runs = 0;
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            binner.bin(trace.slices(cpu), scale, out);
            runs += out.count();
        }
        return runs;
    }
}
