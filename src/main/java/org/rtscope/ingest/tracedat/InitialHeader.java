package org.rtscope.ingest.tracedat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The fixed start of every trace.dat: magic {@code \x17\x08\x44tracing}, the file version as a
 * string, the endianness and user-space long size of the traced machine and its page size. Version 7
 * adds the compression algorithm and the offset of the first options section; version 6 continues
 * with the metadata right after the page size ({@link #end}).
 *
 * @param version         6 or 7
 * @param endian          byte order of every number in the file
 * @param longSize        4 or 8
 * @param pageSize        ring-buffer page size of the traced machine
 * @param compression     algorithm name ("none" for version 6 and uncompressed version 7)
 * @param optionsOffset   version 7: file offset of the first options section; version 6: 0
 * @param end             file offset right after the header
 */
record InitialHeader(int version, Endian endian, int longSize, int pageSize, String compression, long optionsOffset,
                     long end) {

    static final byte[] MAGIC = {0x17, 0x08, 0x44, 't', 'r', 'a', 'c', 'i', 'n', 'g'};

    static InitialHeader read(DatFile file) throws IOException, TraceDatException {
        byte[] head = new byte[512];
        int n = file.read(0, head, 0, head.length);
        for (int i = 0; i < MAGIC.length; i++) {
            if (i >= n || head[i] != MAGIC[i]) {
                throw new TraceDatException("no trace.dat magic at offset 0");
            }
        }
        int pos = MAGIC.length;
        int versionEnd = indexOfNul(head, pos, Math.min(n, pos + 8));
        if (versionEnd < 0 || versionEnd == pos) {
            throw new TraceDatException("no version string at offset " + pos);
        }
        String versionText = new String(head, pos, versionEnd - pos, StandardCharsets.US_ASCII);
        int version;
        try {
            version = Integer.parseInt(versionText);
        } catch (NumberFormatException e) {
            throw new TraceDatException("version '" + printable(versionText) + "' at offset " + pos + " is not a number");
        }
        if (version != 6 && version != 7) {
            throw new TraceDatException("file version " + version + " is not supported (versions 6 and 7 are read)");
        }
        pos = versionEnd + 1;
        if (pos + 6 > n) {
            throw new TraceDatException("the file ends inside the initial header");
        }
        int endianFlag = head[pos];
        if (endianFlag != 0 && endianFlag != 1) {
            throw new TraceDatException("endianness byte " + endianFlag + " at offset " + pos + " is neither 0 nor 1");
        }
        Endian endian = endianFlag == 0 ? Endian.LITTLE : Endian.BIG;
        int longSize = head[pos + 1];
        if (longSize != 4 && longSize != 8) {
            throw new TraceDatException("long size " + longSize + " at offset " + (pos + 1) + " is neither 4 nor 8");
        }
        int pageSize = endian.i32(head, pos + 2);
        if (pageSize < 256 || pageSize > (1 << 24) || Integer.bitCount(pageSize) != 1) {
            throw new TraceDatException("page size " + pageSize + " at offset " + (pos + 2) + " is not a power of two");
        }
        pos += 6;
        if (version == 6) {
            return new InitialHeader(version, endian, longSize, pageSize, "none", 0, pos);
        }
        int nameEnd = indexOfNul(head, pos, Math.min(n, pos + 64));
        int versionStringEnd = nameEnd < 0 ? -1 : indexOfNul(head, nameEnd + 1, Math.min(n, nameEnd + 65));
        if (versionStringEnd < 0 || versionStringEnd + 9 > n) {
            throw new TraceDatException("no compression header at offset " + pos);
        }
        String compression = new String(head, pos, nameEnd - pos, StandardCharsets.US_ASCII);
        pos = versionStringEnd + 1;
        long optionsOffset = endian.i64(head, pos);
        return new InitialHeader(version, endian, longSize, pageSize, compression, optionsOffset, pos + 8);
    }

    private static int indexOfNul(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
