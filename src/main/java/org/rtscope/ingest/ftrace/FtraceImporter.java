package org.rtscope.ingest.ftrace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.LineScanner;
import org.rtscope.ingest.TraceImporter;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.EventKind;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;
import org.rtscope.model.TraceBuilder;

/**
 * Imports the text of {@code /sys/kernel/tracing/trace} (and {@code trace_pipe}, per-CPU files) and of
 * {@code trace-cmd report} (plain, {@code -l}, {@code -R}, {@code -t}) in one streaming pass.
 *
 * <p>Both formats share the event line layout (see {@link EventLine}); what differs is handled per
 * line: the header comments, trace-cmd's {@code cpus=}/{@code CPU n is empty} lines, lost-event
 * markers, and the two ways stacks are printed ({@code <stack trace>} + {@code  => f} lines, or a
 * {@code kernel_stack} event + {@code => f (addr)} lines). Every line that is none of these is counted
 * as skipped with its number; nothing here throws on bad content.
 *
 * <p>Files larger than {@link #PARALLEL_THRESHOLD} are cut at safe line boundaries into a large chunk per
 * core and a few small ones for the cores that finish first ({@link ChunkPlanner}), parsed in parallel
 * into separate builders and appended in file order; the result is the same as a sequential read.
 */
public final class FtraceImporter implements TraceImporter {
    /** Events read before the columns are sized for the whole input. */
    static final int SIZE_SAMPLE = 1 << 16;
    /** Below this size one thread is faster than splitting and merging. */
    static final long PARALLEL_THRESHOLD = 32L << 20;

    private final int threads;
    private final long parallelThreshold;

    public FtraceImporter() {
        this(Runtime.getRuntime().availableProcessors(), PARALLEL_THRESHOLD);
    }

    /** An importer using at most {@code threads} parallel chunks for files of {@code parallelThreshold} bytes or more. */
    FtraceImporter(int threads, long parallelThreshold) {
        this.threads = Math.max(1, threads);
        this.parallelThreshold = parallelThreshold;
    }

    @Override
    public Trace readFile(Path file, SourceReport report, ImportMonitor monitor) throws IOException {
        long size = Files.size(file);
        if (threads < 2 || size < parallelThreshold) {
            return TraceImporter.super.readFile(file, report, monitor);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long[] cuts = ChunkPlanner.plan(channel, size, threads);
            return readChunks(channel, cuts, size, report, monitor);
        }
    }

    private Trace readChunks(FileChannel channel, long[] cuts, long size, SourceReport report, ImportMonitor monitor)
            throws IOException {
        int parts = cuts.length - 1;
        AtomicLongArray done = new AtomicLongArray(parts);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, parts), r -> {
            Thread t = new Thread(r, "rtscope-import");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Chunk>> futures = new ArrayList<>();
            for (int k = 0; k < parts; k++) {
                int part = k;
                ImportMonitor partMonitor = new ImportMonitor() {
                    @Override
                    public void progress(long bytes, long total) {
                        done.set(part, bytes);
                        long sum = 0;
                        for (int j = 0; j < parts; j++) {
                            sum += done.get(j);
                        }
                        monitor.progress(sum, size);
                    }

                    @Override
                    public boolean isCancelled() {
                        return monitor.isCancelled();
                    }
                };
                futures.add(pool.submit(() -> readChunk(channel, cuts[part], cuts[part + 1], report, partMonitor)));
            }
            List<TraceBuilder> builders = new ArrayList<>();
            int[] lineOffsets = new int[parts];
            long lineOffset = 0;
            for (int k = 0; k < parts; k++) {
                Chunk chunk = futures.get(k).get();
                builders.add(chunk.builder);
                lineOffsets[k] = (int) lineOffset;
                report.absorb(chunk.report, lineOffset);
                lineOffset += chunk.report.lines();
            }
            if (monitor.isCancelled()) {
                report.markCancelled();
            }
            return TraceBuilder.join(builders, lineOffsets, pool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report.markCancelled();
            return new TraceBuilder().build();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("import failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Initial columns for a text of {@code bytes}: event lines are 90–130 bytes. Large texts start at
     * {@link #SIZE_SAMPLE} events and are sized from the density of those (see {@link FtraceLineReader}),
     * since a guess from the byte count alone is up to 30 % off and the columns would be copied to trim.
     */
    private static TraceBuilder newBuilder(long bytes) {
        return new TraceBuilder((int) Math.min(SIZE_SAMPLE + 1, bytes / 100 + 1024));
    }

    /** One parsed byte range: its events and its own report (line numbers relative to the chunk). */
    private record Chunk(TraceBuilder builder, SourceReport report) {
    }

    private static Chunk readChunk(FileChannel channel, long start, long end, SourceReport whole,
                                   ImportMonitor monitor) throws IOException {
        SourceReport part = new SourceReport(whole.path(), whole.format());
        TraceBuilder builder = newBuilder(end - start);
        // the first chunk's builder becomes the joined one: size it for the whole file
        FtraceLineReader reader = new FtraceLineReader(builder, part, start == 0 ? channel.size() : end - start);
        LineScanner scanner = new LineScanner(new ChunkInputStream(channel, start, end), end - start, monitor, part);
        scanner.scan(reader::line);
        reader.finish();
        return new Chunk(builder, part);
    }

    @Override
    public Trace read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor) throws IOException {
        TraceBuilder builder = newBuilder(totalBytes > 0 ? totalBytes : 0);
        FtraceLineReader reader = new FtraceLineReader(builder, report, totalBytes);
        LineScanner scanner = new LineScanner(in, totalBytes, monitor, report);
        if (!scanner.scan(reader::line)) {
            report.markCancelled();
        }
        reader.finish();
        if (builder.size() == 0 && report.lines() > 0) {
            report.warn(0, "no trace events found in " + report.lines() + " lines");
        }
        return builder.build();
    }

    /** Per-file parsing state: the current stack block and the last event of each CPU. */
    static final class FtraceLineReader {
        private final TraceBuilder builder;
        private final SourceReport report;
        private final EventLine line = new EventLine();
        private final EventBodies bodies;
        private final StackBlock stack;
        private int[] lastEventOfCpu = new int[8];
        private int lastTextEvent = -1;
        /** Bytes of the lines read so far and of the whole input (or less than 0 when unknown). */
        private long bytesRead;
        private final long bytesExpected;

        FtraceLineReader(TraceBuilder builder, SourceReport report, long bytesExpected) {
            this.builder = builder;
            this.report = report;
            this.bytesExpected = bytesExpected;
            this.bodies = new EventBodies(builder);
            this.stack = new StackBlock(builder);
            java.util.Arrays.fill(lastEventOfCpu, -1);
        }

        void line(byte[] buf, int off, int len, long lineNo) {
            bytesRead += len + 1;
            int end = off + len;
            int start = Bytes.skipSpaces(buf, off, end);
            if (start == end) {
                return;
            }
            if (buf[start] == '=' && start + 1 < end && buf[start + 1] == '>') {
                if (!stack.frame(buf, start + 2, end)) {
                    report.skip(lineNo, "stack frame without a stack trace header: " + Bytes.excerpt(buf, off, len));
                }
                return;
            }
            stack.close();
            if (buf[start] == '#') {
                header(buf, start, end, lineNo);
                return;
            }
            byte first = buf[start];
            if ((first == 'c' || first == 'v' || first == 'C') && metaLine(buf, start, end, lineNo)) {
                return;
            }
            if (!line.parse(buf, start, end)) {
                if (lastTextEvent >= 0 && lastTextEvent == builder.size() - 1) {
                    // a printk-style message (print, bprint, tracing_mark_write) that contained a newline
                    builder.continueText(lastTextEvent, buf, off, len);
                    return;
                }
                report.skip(lineNo, "not an event line: " + Bytes.excerpt(buf, off, len));
                return;
            }
            event(buf, lineNo);
        }

        private void event(byte[] buf, long lineNo) {
            if (line.stack != EventLine.NO_STACK) {
                openStack(line.stack == EventLine.USER_STACK, lineNo);
                return;
            }
            int type = builder.eventType(buf, line.nameStart, line.nameEnd - line.nameStart);
            EventKind kind = builder.kindOfType(type);
            if (kind == EventKind.OTHER && isStackEventName(buf)) {
                stackEvent(buf, lineNo);
                return;
            }
            if (!bodies.parse(kind, buf, line.bodyStart, line.bodyEnd)) {
                report.skip(lineNo, "malformed " + kind.tracepoint() + " fields: "
                        + Bytes.excerpt(buf, line.bodyStart, line.bodyEnd - line.bodyStart));
                return;
            }
            int tid = line.pid;
            if (tid > 0 && !line.commTruncated) {
                int commLen = line.commEnd - line.commStart;
                if (commLen > 0 && buf[line.commStart] != '<') {
                    builder.tasks().comm(tid, buf, line.commStart, commLen);
                }
            }
            if (line.tgid > 0) {
                builder.tasks().pid(tid, line.tgid);
            }
            int[] a = bodies.args;
            int index = builder.add(line.ts, line.cpu, tid, type, line.flags, a[0], a[1], a[2], a[3], (int) lineNo);
            rememberLast(line.cpu, index);
            if (index + 1 == SIZE_SAMPLE) {
                builder.reserveByDensity(bytesRead, bytesExpected);
            }
            lastTextEvent = kind == EventKind.OTHER ? index : -1;
        }

        /** trace-cmd prints stacks as events named kernel_stack / user_stack. */
        private boolean isStackEventName(byte[] buf) {
            int len = line.nameEnd - line.nameStart;
            return (len == 12 && Bytes.startsWith(buf, line.nameStart, line.nameEnd, "kernel_stack"))
                    || (len == 10 && Bytes.startsWith(buf, line.nameStart, line.nameEnd, "user_stack"));
        }

        private void stackEvent(byte[] buf, long lineNo) {
            boolean user = buf[line.nameStart] == 'u';
            openStack(user, lineNo);
            int caller = Bytes.indexOf(buf, line.bodyStart, line.bodyEnd, "caller=ARRAY[");
            if (caller >= 0) {
                // trace-cmd -R prints the raw little-endian address array
                stack.rawAddresses(buf, caller + "caller=ARRAY[".length(), line.bodyEnd);
            }
        }

        private void openStack(boolean user, long lineNo) {
            int owner = line.cpu < lastEventOfCpu.length ? lastEventOfCpu[line.cpu] : -1;
            if (owner < 0) {
                report.skip(lineNo, "stack trace with no preceding event on CPU " + line.cpu);
                stack.discard(lineNo);
                return;
            }
            stack.open(owner, user, (int) lineNo);
        }

        private void rememberLast(int cpu, int index) {
            if (cpu >= lastEventOfCpu.length) {
                int n = Math.max(cpu + 1, lastEventOfCpu.length * 2);
                int old = lastEventOfCpu.length;
                lastEventOfCpu = java.util.Arrays.copyOf(lastEventOfCpu, n);
                java.util.Arrays.fill(lastEventOfCpu, old, n, -1);
            }
            lastEventOfCpu[cpu] = index;
        }

        /** "# entries-in-buffer/entries-written: 35/40   #P:8" and the column legend. */
        private void header(byte[] buf, int start, int end, long lineNo) {
            int p = Bytes.indexOf(buf, start, end, "#P:");
            if (p >= 0) {
                int cpus = Bytes.parseInt(buf, p + 3, end, -1);
                if (cpus > 0) {
                    builder.declareCpus(cpus);
                }
            }
            int entries = Bytes.indexOf(buf, start, end, "entries-in-buffer/entries-written:");
            if (entries >= 0) {
                int from = Bytes.skipSpaces(buf, entries + "entries-in-buffer/entries-written:".length(), end);
                long inBuffer = Bytes.parseLong(buf, from, end);
                int slash = Bytes.indexOf(buf, from, end, "/");
                long written = slash < 0 ? Bytes.NONE : Bytes.parseLong(buf, slash + 1, end);
                if (inBuffer != Bytes.NONE && written != Bytes.NONE && written > inBuffer) {
                    report.warn(lineNo, "ring buffer overwrote " + (written - inBuffer)
                            + " events: the trace starts later than the recording did");
                }
            }
        }

        /** trace-cmd's "version = 6", "cpus=2", "CPU 1 is empty" and lost-event lines. */
        private boolean metaLine(byte[] buf, int start, int end, long lineNo) {
            if (Bytes.startsWith(buf, start, end, "cpus=")) {
                int cpus = Bytes.parseInt(buf, start + 5, end, -1);
                if (cpus > 0) {
                    builder.declareCpus(cpus);
                }
                return true;
            }
            if (Bytes.startsWith(buf, start, end, "version = ")) {
                return true;
            }
            if (Bytes.startsWith(buf, start, end, "CPU") && Bytes.indexOf(buf, start, end, " is empty") > 0) {
                return true;
            }
            if (Bytes.startsWith(buf, start, end, "CPU:")
                    && (Bytes.indexOf(buf, start, end, "LOST") > 0 || Bytes.indexOf(buf, start, end, "DROPPED") > 0)) {
                report.warn(lineNo, "events lost: " + Bytes.excerpt(buf, start, end - start));
                return true;
            }
            return false;
        }

        void finish() {
            stack.close();
        }
    }
}
