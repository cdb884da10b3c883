package org.rtscope.ingest.tracedat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/**
 * Benchmark tool, not a test. {@code grow IN.v6.dat N OUT.dat} makes a large version 6 trace.dat by
 * repeating every CPU's pages of a real little-endian version 6 recording N times, each copy shifted in
 * time after the previous one (page timestamps only; the records are the recorded ones).
 * {@code read FILE [RUNS]} imports a trace.dat RUNS times and prints events/s and MB/s of each run.
 */
public final class TraceDatBench {
    private TraceDatBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 4 && args[0].equals("grow")) {
            grow(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
        } else if (args.length >= 2 && args[0].equals("read")) {
            read(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5);
        } else {
            System.err.println("usage: grow IN.v6.dat N OUT.dat | read FILE [RUNS]");
        }
    }

    private static void read(Path file, int runs) throws IOException {
        double mb = Files.size(file) / 1e6;
        for (int run = 1; run <= runs; run++) {
            SourceReport report = new SourceReport(file.toString(), SourceFormat.TRACE_DAT);
            long start = System.nanoTime();
            Trace trace = new TraceDatImporter().readFile(file, report, ImportMonitor.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: %d events in %.3f s = %.2f M events/s, %.1f MB/s (%.1f MB), %d warnings%n", run,
                    trace.size(), seconds, trace.size() / seconds / 1e6, mb / seconds, mb, report.warnings().size());
        }
    }

    private static void grow(Path in, int copies, Path out) throws IOException {
        byte[] src = Files.readAllBytes(in);
        FlyrecordBuffer buffer;
        try (FileChannel channel = FileChannel.open(in, StandardOpenOption.READ)) {
            DatFile file = new DatFile(channel);
            InitialHeader header = InitialHeader.read(file);
            if (header.version() != 6 || header.endian() != Endian.LITTLE) {
                throw new IOException("grow needs a little-endian version 6 file");
            }
            buffer = MetadataReader.read(file, header, new SourceReport(in.toString(), SourceFormat.TRACE_DAT)).buffer;
        } catch (TraceDatException e) {
            throw new IOException(e.getMessage(), e);
        }
        int pageSize = buffer.pageSize();
        int cpus = buffer.cpus().size();
        int table = lastIndexOf(src, "flyrecord\0".getBytes(StandardCharsets.US_ASCII),
                (int) buffer.cpus().get(0).offset()) + 10;
        long span = timeSpan(src, buffer, pageSize) + 1_000_000;
        long dataStart = ((table + 16L * cpus) + pageSize - 1) / pageSize * pageSize;
        ByteBuffer tableBytes = ByteBuffer.allocate(16 * cpus).order(ByteOrder.LITTLE_ENDIAN);
        long offset = dataStart;
        for (FlyrecordBuffer.Cpu cpu : buffer.cpus()) {
            tableBytes.putLong(offset).putLong(cpu.size() * copies);
            offset += cpu.size() * copies;
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            o.write(src, 0, table);
            o.write(tableBytes.array());
            o.write(new byte[(int) (dataStart - table - 16L * cpus)]);
            for (FlyrecordBuffer.Cpu cpu : buffer.cpus()) {
                byte[] pages = new byte[(int) cpu.size()];
                System.arraycopy(src, (int) cpu.offset(), pages, 0, pages.length);
                ByteBuffer view = ByteBuffer.wrap(pages).order(ByteOrder.LITTLE_ENDIAN);
                for (int c = 0; c < copies; c++) {
                    if (c > 0) {
                        for (int p = 0; p + pageSize <= pages.length; p += pageSize) {
                            view.putLong(p, view.getLong(p) + span);
                        }
                    }
                    o.write(pages);
                }
            }
        }
        System.out.printf("%s: %d copies, %.1f MB%n", out, copies, Files.size(out) / 1e6);
    }

    /** Last page timestamp minus first, over all CPUs. */
    private static long timeSpan(byte[] src, FlyrecordBuffer buffer, int pageSize) {
        ByteBuffer b = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (FlyrecordBuffer.Cpu cpu : buffer.cpus()) {
            for (long p = cpu.offset(); p + pageSize <= cpu.offset() + cpu.size(); p += pageSize) {
                long ts = b.getLong((int) p);
                first = Math.min(first, ts);
                last = Math.max(last, ts);
            }
        }
        return last - first + 1_000_000_000L;
    }

    private static int lastIndexOf(byte[] data, byte[] needle, int before) {
        for (int i = Math.min(before, data.length) - needle.length; i >= 0; i--) {
            boolean match = true;
            for (int k = 0; k < needle.length && match; k++) {
                match = data[i + k] == needle[k];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
