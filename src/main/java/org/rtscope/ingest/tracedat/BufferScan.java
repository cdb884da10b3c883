package org.rtscope.ingest.tracedat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rtscope.model.SourceReport;

/**
 * Finds the ring-buffer data of a version 7 file whose CPU table is lost. trace-cmd writes that table
 * (the BUFFER option) in an options section after the data, so a file cut anywhere in its data loses
 * it. The sections themselves are contiguous from the initial header, each naming its size, so a walk
 * finds the flyrecord section; inside it the CPUs follow one another at page-aligned offsets, each a
 * chunk count and its compressed chunks, which is enough to split the data per CPU again.
 */
final class BufferScan {
    private final DatFile file;
    private final TraceDatMetadata meta;
    private final SourceReport report;

    BufferScan(DatFile file, TraceDatMetadata meta, SourceReport report) {
        this.file = file;
        this.meta = meta;
        this.report = report;
    }

    /** The top-level buffer as far as the file holds it, or null (reported). */
    FlyrecordBuffer recover() throws IOException {
        long offset = meta.header.end();
        Endian endian = meta.header.endian();
        try {
            while (offset + Section.HEADER_SIZE <= file.size()) {
                Section section = Section.readHeader(file, offset, endian);
                if (section.id() == Section.BUFFER) {
                    return split(section);
                }
                if (!isKnown(section.id()) || section.size() < 0) {
                    break;
                }
                offset = section.end();
            }
        } catch (TraceDatException e) {
            report.warn(0, "searching the ring-buffer data failed: " + e.getMessage());
            return null;
        }
        report.warn(0, "trace.dat has no ring-buffer data (no BUFFER option, no flyrecord section before offset "
                + offset + ")");
        return null;
    }

    private FlyrecordBuffer split(Section section) throws IOException {
        long limit = Math.min(section.end(), file.size());
        int pageSize = meta.header.pageSize();
        int expected = meta.options.cpuCount;
        String clock = meta.options.clock == null ? "local" : meta.options.clock;
        List<FlyrecordBuffer.Cpu> cpus = new ArrayList<>();
        if (!section.compressed()) {
            if (expected != 1) {
                report.warn(0, "the CPU table of the uncompressed ring-buffer data at offset " + section.offset()
                        + " is lost (truncated file?) and " + expected + " CPUs cannot be told apart; no events read");
                return null;
            }
            long start = alignUp(section.dataOffset(), pageSize);
            cpus.add(new FlyrecordBuffer.Cpu(0, start, Math.max(0, limit - start)));
        } else {
            Endian endian = meta.header.endian();
            byte[] word = new byte[8];
            long pos = alignUp(section.dataOffset(), pageSize);
            for (int cpu = 0; (expected <= 0 || cpu < expected) && pos + 4 <= limit; cpu++) {
                file.read(pos, word, 0, 4);
                long chunks = endian.u32(word, 0);
                long p = pos + 4;
                for (long k = 0; k < chunks && p + 8 <= limit; k++) {
                    file.read(p, word, 0, 8);
                    p += 8 + endian.u32(word, 0);
                }
                long end = Math.min(p, limit);
                cpus.add(new FlyrecordBuffer.Cpu(cpu, pos, end - pos - 4));
                pos = alignUp(end, pageSize);
            }
        }
        report.warn(0, "the CPU table (BUFFER option) is missing, the file is probably truncated; found "
                + cpus.size() + " CPUs of ring-buffer data by scanning from offset " + section.offset());
        return new FlyrecordBuffer("", clock, pageSize, cpus, section.offset(), section.compressed());
    }

    private static boolean isKnown(int id) {
        return id == Section.OPTIONS || id == Section.STRINGS || (id >= Section.HEADER_INFO && id <= Section.CMDLINES);
    }

    private static long alignUp(long offset, int pageSize) {
        return (offset + pageSize - 1) & -(long) pageSize;
    }
}
