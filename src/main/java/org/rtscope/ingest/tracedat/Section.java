package org.rtscope.ingest.tracedat;

import java.io.IOException;

/**
 * A version 7 section header: {@code id} (2 bytes), {@code flags} (2; bit 0 = compressed), the id of
 * its description string (4) and the size of what follows in the file (8). A compressed section
 * starts with its compressed and uncompressed sizes (4 + 4) and one compressed block.
 *
 * @param id         section id (0 options, 3 flyrecord buffer, 16–21 metadata, 15 strings)
 * @param offset     file offset of the header
 * @param compressed bit 0 of the flags
 * @param size       bytes after the 16-byte header
 */
record Section(int id, long offset, boolean compressed, long size) {
    static final int HEADER_SIZE = 16;
    static final int OPTIONS = 0;
    static final int BUFFER = 3;
    static final int STRINGS = 15;
    static final int HEADER_INFO = 16;
    static final int FTRACE_EVENTS = 17;
    static final int EVENT_FORMATS = 18;
    static final int KALLSYMS = 19;
    static final int PRINTK = 20;
    static final int CMDLINES = 21;

    /** The section at {@code offset}, which must lie completely inside the file. */
    static Section read(DatFile file, long offset, Endian endian) throws IOException, TraceDatException {
        Section section = readHeader(file, offset, endian);
        if (section.size < 0 || section.end() > file.size()) {
            throw new TraceDatException("section " + section.id + " at offset " + offset + " claims " + section.size
                    + " bytes but the file ends at " + file.size() + " (truncated?)");
        }
        return section;
    }

    /** Only the header at {@code offset}; the section may run past the end of a truncated file. */
    static Section readHeader(DatFile file, long offset, Endian endian) throws IOException, TraceDatException {
        byte[] h = file.readExactly(offset, HEADER_SIZE, "section header");
        return new Section(endian.u16(h, 0), offset, (endian.u16(h, 2) & 1) != 0, endian.i64(h, 8));
    }

    /** File offset of the first byte after the header. */
    long dataOffset() {
        return offset + HEADER_SIZE;
    }

    /** File offset right after the section. */
    long end() {
        return dataOffset() + size;
    }

    /** The section's content, uncompressed. */
    byte[] content(DatFile file, Endian endian, Decompressor decompressor) throws IOException, TraceDatException {
        byte[] raw = file.readExactly(dataOffset(), size, "section " + id);
        if (!compressed) {
            return raw;
        }
        if (decompressor == null) {
            throw new TraceDatException("section " + id + " at offset " + offset
                    + " is marked compressed but the file names no compression algorithm");
        }
        if (raw.length < 8) {
            throw new TraceDatException("compressed section " + id + " at offset " + offset + " is too short");
        }
        long packed = endian.u32(raw, 0);
        long unpacked = endian.u32(raw, 4);
        if (packed > raw.length - 8) {
            throw new TraceDatException("compressed section " + id + " at offset " + offset + " declares "
                    + packed + " bytes in " + (raw.length - 8));
        }
        Decompressor.checkSize(packed, unpacked, "compressed section " + id + " at offset " + offset);
        return decompressor.decompress(raw, 8, (int) packed, (int) unpacked);
    }
}
