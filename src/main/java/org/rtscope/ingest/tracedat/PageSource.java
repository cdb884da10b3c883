package org.rtscope.ingest.tracedat;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.rtscope.model.SourceReport;

/**
 * Hands out the ring-buffer pages of one CPU in file order. Uncompressed data is read in blocks of
 * pages; compressed data (version 7) is a chunk count followed by chunks of {@code zsize, size, data},
 * each uncompressing to whole pages. A truncated range or a chunk that does not uncompress is reported
 * with its offset; the pages before it stay readable and a bad chunk is skipped.
 */
abstract class PageSource {
    protected final DatFile file;
    protected final FlyrecordBuffer.Cpu range;
    protected final int pageSize;
    protected final SourceReport report;
    protected byte[] buffer = new byte[0];
    protected int pageOffset;
    protected int pageLength;
    protected long consumed;

    PageSource(DatFile file, FlyrecordBuffer.Cpu range, int pageSize, SourceReport report) {
        this.file = file;
        this.range = range;
        this.pageSize = pageSize;
        this.report = report;
    }

    /**
     * @param blockPages how many uncompressed pages are read at once
     * @param ahead      runs the uncompressing of a CPU's next chunk while its current one is read
     */
    static PageSource of(DatFile file, FlyrecordBuffer.Cpu range, int pageSize, int blockPages, Endian endian,
                         Decompressor decompressor, Executor ahead, SourceReport report) {
        return decompressor == null ? new Raw(file, range, pageSize, blockPages, report)
                : new Compressed(file, range, pageSize, endian, decompressor, ahead, report);
    }

    /**
     * Bytes of ring-buffer pages in {@code range} once uncompressed: the range's size, or for compressed
     * data the sum of its chunk headers' sizes (read without uncompressing anything; a damaged chunk
     * table ends the sum early).
     */
    static long pageBytes(DatFile file, FlyrecordBuffer.Cpu range, Endian endian, boolean compressed)
            throws IOException {
        if (!compressed) {
            return range.size();
        }
        long end = Math.min(range.offset() + 4 + range.size(), file.size());
        byte[] header = new byte[8];
        if (file.read(range.offset(), header, 0, 4) < 4) {
            return 0;
        }
        long chunks = endian.u32(header, 0);
        long position = range.offset() + 4;
        long total = 0;
        for (long k = 0; k < chunks && position + 8 <= end && file.read(position, header, 0, 8) == 8; k++) {
            total += endian.u32(header, 4);
            position += 8 + endian.u32(header, 0);
        }
        return total;
    }

    /** Moves to the next page; false when the CPU's data is exhausted. */
    abstract boolean next() throws IOException;

    /** Where the current page came from, for messages. */
    abstract String where();

    byte[] buffer() {
        return buffer;
    }

    int pageOffset() {
        return pageOffset;
    }

    /** Bytes of the current page (less than the page size only for the last page of a truncated file). */
    int pageLength() {
        return pageLength;
    }

    /** Bytes of this CPU's file range used so far, for progress. */
    long consumed() {
        return consumed;
    }

    /** Pages stored as they came from the kernel, read in blocks. */
    private static final class Raw extends PageSource {
        private long blockStart;
        private int blockLength;
        private long position;
        private boolean truncationReported;

        Raw(DatFile file, FlyrecordBuffer.Cpu range, int pageSize, int blockPages, SourceReport report) {
            super(file, range, pageSize, report);
            buffer = new byte[pageSize * blockPages];
            position = range.offset();
        }

        @Override
        boolean next() throws IOException {
            long end = range.offset() + range.size();
            if (position >= end) {
                return false;
            }
            if (position >= blockStart + blockLength) {
                blockStart = position;
                int want = (int) Math.min(buffer.length, end - position);
                blockLength = file.read(position, buffer, 0, want);
                if (blockLength < want && !truncationReported) {
                    truncationReported = true;
                    report.warn(0, "CPU " + range.cpu() + " data should run to offset " + end + " but the file ends at "
                            + file.size() + " (truncated); its later events are missing");
                }
                if (blockLength == 0) {
                    position = end;
                    return false;
                }
            }
            pageOffset = (int) (position - blockStart);
            pageLength = (int) Math.min(pageSize, blockStart + blockLength - position);
            position += pageSize;
            consumed = Math.min(position, end) - range.offset();
            return true;
        }

        @Override
        String where() {
            return "page at offset " + (blockStart + pageOffset);
        }
    }

    /** Compressed chunks of pages (version 7). */
    private static final class Compressed extends PageSource {
        private final Endian endian;
        private final Decompressor decompressor;
        private final Executor ahead;
        /** The next chunk, being uncompressed on {@link #ahead}; null when none was started. */
        private Prefetch prefetched;
        private final byte[] header = new byte[8];
        private long chunksLeft = -1;
        private long position;
        private long chunkOffset;
        private int chunkLength;

        Compressed(DatFile file, FlyrecordBuffer.Cpu range, int pageSize, Endian endian, Decompressor decompressor,
                   Executor ahead, SourceReport report) {
            super(file, range, pageSize, report);
            this.endian = endian;
            this.decompressor = decompressor;
            this.ahead = ahead;
            this.position = range.offset();
        }

        @Override
        boolean next() throws IOException {
            if (pageOffset + pageLength < chunkLength) {
                pageOffset += pageLength;
                pageLength = Math.min(pageSize, chunkLength - pageOffset);
                return true;
            }
            while (nextChunk()) {
                if (chunkLength > 0) {
                    pageOffset = 0;
                    pageLength = Math.min(pageSize, chunkLength);
                    return true;
                }
            }
            return false;
        }

        /**
         * Loads the next chunk that uncompresses; false at the end of the data. The CPU table's size
         * counts the chunks, not the chunk count word in front of them.
         */
        private boolean nextChunk() throws IOException {
            long end = range.offset() + 4 + range.size();
            if (chunksLeft < 0) {
                if (file.read(position, header, 0, 4) < 4 || position + 4 > end) {
                    report.warn(0, "CPU " + range.cpu() + " compressed data at offset " + position + " has no chunk count");
                    chunksLeft = 0;
                    return false;
                }
                chunksLeft = endian.u32(header, 0);
                position += 4;
            }
            if (chunksLeft == 0) {
                return false;
            }
            if (prefetched != null && prefetched.offset() == position) {
                return usePrefetched();
            }
            chunkOffset = position;
            if (position + 8 > end || file.read(position, header, 0, 8) < 8) {
                return stop("CPU " + range.cpu() + " data ends at offset " + Math.min(end, file.size()) + " before its last "
                        + chunksLeft + " compressed chunks (truncated?)");
            }
            long packed = endian.u32(header, 0);
            long unpacked = endian.u32(header, 4);
            if (position + 8 + packed > end || position + 8 + packed > file.size()) {
                return stop("CPU " + range.cpu() + " compressed chunk at offset " + position + " runs past the end of "
                        + (position + 8 + packed > file.size() ? "the file (truncated?)" : "its data")
                        + "; its last " + chunksLeft + " chunks are missing");
            }
            try {
                Decompressor.checkSize(packed, unpacked, "CPU " + range.cpu() + " compressed chunk at offset " + position);
            } catch (TraceDatException e) {
                return stop(e.getMessage() + "; the rest of this CPU's data is skipped");
            }
            position += 8 + packed;
            chunksLeft--;
            consumed = Math.min(position - range.offset(), range.size());
            try {
                byte[] packedBytes = file.readExactly(chunkOffset + 8, packed, "compressed chunk");
                buffer = decompressor.decompress(packedBytes, 0, packedBytes.length, (int) unpacked);
                chunkLength = buffer.length;
            } catch (TraceDatException e) {
                report.warn(0, "CPU " + range.cpu() + " chunk at offset " + chunkOffset + " skipped: " + e.getMessage());
                chunkLength = 0;
            }
            prefetch();
            return true;
        }

        /** A chunk whose uncompressing was started early: its header was whole and plausible. */
        private record Prefetch(long offset, long packed, FutureTask<byte[]> data) {
        }

        /**
         * Starts uncompressing the chunk after the current one when its header is whole and plausible.
         * Anything odd about it is left to {@link #nextChunk} to report in its turn, so messages keep
         * their order.
         */
        private void prefetch() throws IOException {
            prefetched = null;
            long end = range.offset() + 4 + range.size();
            if (chunksLeft <= 0 || position + 8 > end || file.read(position, header, 0, 8) < 8) {
                return;
            }
            long packed = endian.u32(header, 0);
            long unpacked = endian.u32(header, 4);
            if (position + 8 + packed > end || position + 8 + packed > file.size()) {
                return;
            }
            try {
                Decompressor.checkSize(packed, unpacked, "");
            } catch (TraceDatException e) {
                return;
            }
            long at = position;
            FutureTask<byte[]> data = new FutureTask<>(() -> decompressor.decompress(
                    file.readExactly(at + 8, packed, "compressed chunk"), 0, (int) packed, (int) unpacked));
            ahead.execute(data);
            prefetched = new Prefetch(at, packed, data);
        }

        private boolean usePrefetched() throws IOException {
            Prefetch chunk = prefetched;
            chunkOffset = position;
            position += 8 + chunk.packed();
            chunksLeft--;
            consumed = Math.min(position - range.offset(), range.size());
            try {
                buffer = chunk.data().get();
                chunkLength = buffer.length;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (!(e.getCause() instanceof TraceDatException bad)) {
                    throw new IllegalStateException("uncompressing a chunk failed", e.getCause());
                }
                report.warn(0, "CPU " + range.cpu() + " chunk at offset " + chunkOffset + " skipped: " + bad.getMessage());
                chunkLength = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while uncompressing", e);
            }
            prefetch();
            return true;
        }

        private boolean stop(String message) {
            report.warn(0, message);
            chunksLeft = 0;
            consumed = range.size();
            return false;
        }

        @Override
        String where() {
            return "page " + (pageOffset / pageSize) + " of the chunk at offset " + chunkOffset;
        }
    }
}
