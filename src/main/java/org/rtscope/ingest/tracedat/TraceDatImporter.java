package org.rtscope.ingest.tracedat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.TraceImporter;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;
import org.rtscope.model.TraceBuilder;

/**
 * Reads trace-cmd's binary trace.dat (file versions 6 and 7, compressed with zstd or zlib or not)
 * into the same model the text importer makes of {@code trace-cmd report} output of that file: the
 * same event names, argument slots, comms and stacks. Events are decoded from the format descriptions
 * the file carries, per-CPU ring-buffer pages are merged by timestamp, and every problem (truncated
 * file, bad page, lost events) becomes a warning naming its offset while everything readable is kept.
 *
 * <p>A binary file has no lines: an event's "line" is its record ordinal, the n-th record in time
 * order (stack records counted) being line n; warnings about the file as a whole have line 0 and name
 * the file offset in their text.
 *
 * <p>trace.dat needs random access (version 7 locates its parts by absolute offsets, some after the
 * data), so {@link #read(Path, SourceReport, ImportMonitor)} is the direct way in; a plain stream is
 * first copied to a temporary file.
 */
public final class TraceDatImporter implements TraceImporter {
    /** Cancellation and progress are checked every this many records. */
    private static final int CHECK_EVERY = 1 << 14;
    /** Events read before the columns are sized for the whole file. */
    private static final int SIZE_SAMPLE = 1 << 16;

    @Override
    public Trace read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor) throws IOException {
        if (in instanceof FileInputStream) {
            // positional reads leave the stream's position alone; the caller closes the stream
            return read(new DatFile(((FileInputStream) in).getChannel()), report, monitor, 0);
        }
        Path copy = Files.createTempFile("rtscope-", ".dat");
        try {
            if (!spool(in, copy, totalBytes, monitor)) {
                report.markCancelled();
                return new TraceBuilder().build();
            }
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.READ)) {
                return read(new DatFile(channel), report, monitor, totalBytes);
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Reads the trace.dat at {@code path} directly (random access, no copy). */
    @Override
    public Trace readFile(Path path, SourceReport report, ImportMonitor monitor) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return read(new DatFile(channel), report, monitor, 0);
        }
    }

    /** Copies a stream to {@code copy}, counting as the first half of the progress; false when cancelled. */
    private static boolean spool(InputStream in, Path copy, long totalBytes, ImportMonitor monitor) throws IOException {
        byte[] block = new byte[1 << 20];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(copy)) {
            int n;
            while ((n = in.read(block)) > 0) {
                if (monitor.isCancelled()) {
                    return false;
                }
                out.write(block, 0, n);
                copied += n;
                monitor.progress(copied / 2, Math.max(totalBytes, copied));
            }
        }
        return true;
    }

    /**
     * @param spooled bytes already reported as progress by the copy of a stream (0 when reading a
     *                file directly); decoding reports the rest
     */
    private Trace read(DatFile file, SourceReport report, ImportMonitor monitor, long spooled) throws IOException {
        TraceBuilder builder = new TraceBuilder();
        TraceDatMetadata meta;
        try {
            meta = MetadataReader.read(file, InitialHeader.read(file), report);
        } catch (TraceDatException e) {
            report.warn(0, "not a readable trace.dat: " + e.getMessage());
            return builder.build();
        } catch (RuntimeException e) {
            report.warn(0, "trace.dat metadata could not be read (" + e + "); no events read");
            return builder.build();
        }
        for (String unread : meta.options.unreadBuffers) {
            report.warn(0, "trace.dat " + unread + " is not read; only the top-level buffer is shown");
        }
        if (meta.options.timeShift) {
            report.warn(0, "trace.dat carries host/guest time-sync corrections (TIME_SHIFT); they are not applied");
        }
        for (String stats : meta.options.cpuStats) {
            String losses = CpuStats.losses(stats);
            if (losses != null) {
                report.warn(0, losses);
            }
        }
        if (meta.layout == null || meta.buffer == null) {
            return builder.build();
        }
        warnAboutClock(meta, report);
        try {
            decode(file, meta, builder, report, monitor, spooled);
        } catch (RuntimeException e) {
            // a bug must not cost the user what was read: keep the events so far and say what happened
            report.warn(report.lines(), "reading stopped by an unexpected error (" + e + "); events up to here are shown");
        }
        return builder.build();
    }

    private static void decode(DatFile file, TraceDatMetadata meta, TraceBuilder builder, SourceReport report,
                               ImportMonitor monitor, long spooled) throws IOException {
        // compressed chunks are uncompressed one ahead on other cores while this thread decodes events
        ExecutorService ahead = Executors.newFixedThreadPool(
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1)), r -> {
                    Thread t = new Thread(r, "rtscope-trace.dat-chunks");
                    t.setDaemon(true);
                    return t;
                });
        try {
            decode(file, meta, builder, report, monitor, spooled, ahead);
        } finally {
            ahead.shutdownNow();
        }
    }

    private static void decode(DatFile file, TraceDatMetadata meta, TraceBuilder builder, SourceReport report,
                               ImportMonitor monitor, long spooled, Executor ahead) throws IOException {
        List<CpuStream> streams = streams(file, meta, report, ahead);
        builder.declareCpus(Math.max(meta.options.cpuCount,
                streams.stream().mapToInt(CpuStream::cpu).max().orElse(-1) + 1));
        long dataBytes = meta.buffer.cpus().stream().mapToLong(FlyrecordBuffer.Cpu::size).sum();
        Progress progress = new Progress(monitor, file.size(), spooled, dataBytes, streams);
        EventConverter converter = new EventConverter(builder, meta, report);
        MergeQueue queue = new MergeQueue(streams);
        long pageBytes = pageBytes(file, meta);
        int ordinal = 0;
        for (CpuStream s = queue.peek(); s != null; s = queue.peek()) {
            ordinal++;
            if (s.lostBefore() != 0) {
                report.warn(ordinal, "CPU " + s.cpu() + ": the kernel lost "
                        + (s.lostBefore() > 0 ? s.lostBefore() + " events" : "events") + " before "
                        + EventConverter.seconds(s.timestamp) + " (ring buffer overrun)");
            }
            converter.accept(s.cpu(), s.timestamp, s.buffer(), s.dataOffset, s.dataLength, ordinal);
            report.lines(ordinal);
            if (ordinal == SIZE_SAMPLE) {
                presize(builder, streams, pageBytes);
            }
            if (ordinal % CHECK_EVERY == 0) {
                if (monitor.isCancelled()) {
                    report.markCancelled();
                    break;
                }
                progress.report();
            }
            queue.advanceHead();
        }
        progress.finish();
    }

    /**
     * Sizes the columns for the whole file from the first {@link #SIZE_SAMPLE} events: their bytes of
     * pages tell the events per byte (37–51 bytes an event, depending on the mix), the chunk headers tell
     * the bytes. Growing by doubling instead would copy every column several times and leave a
     * trace of millions of events with up to twice the memory it needs.
     */
    private static void presize(TraceBuilder builder, List<CpuStream> streams, long pageBytes) {
        builder.reserveByDensity(streams.stream().mapToLong(CpuStream::pageBytesRead).sum(), pageBytes);
    }

    private static long pageBytes(DatFile file, TraceDatMetadata meta) throws IOException {
        long total = 0;
        for (FlyrecordBuffer.Cpu cpu : meta.buffer.cpus()) {
            if (cpu.offset() >= 0 && cpu.size() > 0) {
                total += PageSource.pageBytes(file, cpu, meta.header.endian(), meta.buffer.compressed());
            }
        }
        return total;
    }

    /**
     * Times are taken as nanoseconds. That holds for the clocks trace-cmd shows in seconds (local,
     * global, uptime, perf, mono, mono_raw, boot, tai) and for counters converted by TSC2NSEC; other
     * clocks (counter, x86-tsc alone) count something else, and the user is told.
     */
    private static void warnAboutClock(TraceDatMetadata meta, SourceReport report) {
        String clock = meta.buffer.clock() != null ? meta.buffer.clock() : meta.options.clock;
        if (clock == null || meta.options.tscMult != 0) {
            return;
        }
        switch (clock) {
            case "local": case "global": case "uptime": case "perf": case "mono": case "mono_raw": case "boot": case "tai":
                return;
            default:
                report.warn(0, "trace clock '" + clock + "' does not count nanoseconds; its raw values are shown as ns");
        }
    }

    private static List<CpuStream> streams(DatFile file, TraceDatMetadata meta, SourceReport report, Executor ahead) {
        FlyrecordBuffer buffer = meta.buffer;
        int pageSize = buffer.pageSize() > 0 ? buffer.pageSize() : meta.header.pageSize();
        Decompressor decompressor = buffer.compressed() ? meta.decompressor : null;
        if (buffer.compressed() && decompressor == null) {
            report.warn(0, "ring-buffer data is marked compressed but the file names no compression algorithm");
            return List.of();
        }
        TimestampCorrection correction = new TimestampCorrection(meta.options.tscMult, meta.options.tscShift,
                meta.options.timestampOffset);
        List<CpuStream> streams = new ArrayList<>();
        // uncompressed pages are read 16 at a time per CPU, fewer when there are many CPUs (memory stays below 32 MB)
        int blockPages = Math.max(1, Math.min(16, (32 << 20) / pageSize / Math.max(1, buffer.cpus().size())));
        for (FlyrecordBuffer.Cpu cpu : buffer.cpus()) {
            if (cpu.cpu() < 0 || cpu.cpu() >= FlyrecordBuffer.MAX_CPUS || cpu.offset() < 0 || cpu.size() < 0) {
                report.warn(0, "CPU table entry " + cpu + " is impossible; skipped");
                continue;
            }
            if (cpu.size() == 0) {
                continue;
            }
            PageSource pages = PageSource.of(file, cpu, pageSize, blockPages, meta.header.endian(), decompressor, ahead,
                    report);
            streams.add(new CpuStream(cpu.cpu(), pages, meta.layout, meta.header.endian(), pageSize, correction, report));
        }
        streams.sort(Comparator.comparingInt(CpuStream::cpu));
        return streams;
    }

    /** Progress as bytes of the file: metadata counts as read, CPU data as its streams consume it. */
    private static final class Progress {
        private final ImportMonitor monitor;
        private final long total;
        private final long spooled;
        private final long dataBytes;
        private final List<CpuStream> streams;

        Progress(ImportMonitor monitor, long fileSize, long spooled, long dataBytes, List<CpuStream> streams) {
            this.monitor = monitor;
            this.total = spooled > 0 ? spooled : fileSize;
            this.spooled = spooled;
            this.dataBytes = Math.min(dataBytes, fileSize);
            this.streams = streams;
        }

        void report() {
            long consumed = 0;
            for (CpuStream s : streams) {
                consumed += s.consumed();
            }
            long done = total - dataBytes + Math.min(consumed, dataBytes);
            monitor.progress(spooled > 0 ? spooled / 2 + done / 2 : done, total);
        }

        void finish() {
            monitor.progress(total, total);
        }
    }
}
