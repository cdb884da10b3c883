package org.rtscope.ingest.tracedat;

import java.util.List;

/**
 * Where the recorded ring-buffer pages of one trace instance lie: one contiguous range per CPU.
 * In a compressed version 7 file each range holds a chunk count and compressed chunks of pages.
 *
 * @param name          instance name, empty for the top-level buffer
 * @param clock         trace clock of the instance ("local" unless recorded with -C)
 * @param pageSize      ring-buffer page (sub-buffer) size
 * @param cpus          per-CPU data ranges
 * @param sectionOffset version 7: file offset of the buffer's section header; version 6: -1
 * @param compressed    the data is in compressed chunks
 */
record FlyrecordBuffer(String name, String clock, int pageSize, List<Cpu> cpus, long sectionOffset,
                       boolean compressed) {

    /** The most CPUs a Linux kernel can have (NR_CPUS of MAXSMP); larger counts or ids are corrupt data. */
    static final int MAX_CPUS = 8192;

    /** One CPU's data: file offset and size in the file (compressed size when compressed). */
    record Cpu(int cpu, long offset, long size) {
    }

    FlyrecordBuffer {
        cpus = List.copyOf(cpus);
    }

    FlyrecordBuffer withCompressed(boolean value) {
        return new FlyrecordBuffer(name, clock, pageSize, cpus, sectionOffset, value);
    }
}
