package org.rtscope.ingest.tracedat;

import java.io.IOException;
import org.rtscope.model.SourceReport;

/**
 * The records of one CPU in the order the kernel wrote them, with timestamps in nanoseconds of the
 * trace clock as {@code trace-cmd report} shows them (TSC2NSEC conversion and the OFFSET option
 * applied). Bad pages are reported with their offset and skipped.
 */
final class CpuStream {
    private final int cpu;
    private final PageSource pages;
    private long pageBytesRead;
    private final RingBufferPage page;
    private final int pageSize;
    private final TimestampCorrection correction;
    private final SourceReport report;
    private long lostBefore;
    private boolean loaded;

    /** The current record: timestamp (ns), data offset and length in {@link #buffer()}. */
    long timestamp;
    int dataOffset;
    int dataLength;

    CpuStream(int cpu, PageSource pages, RingBufferLayout layout, Endian endian, int pageSize,
              TimestampCorrection correction, SourceReport report) {
        this.cpu = cpu;
        this.pages = pages;
        this.page = new RingBufferPage(layout, endian);
        this.pageSize = pageSize;
        this.correction = correction;
        this.report = report;
    }

    int cpu() {
        return cpu;
    }

    byte[] buffer() {
        return page.buffer();
    }

    /**
     * Events the kernel dropped right before the current record: 0 none, -1 an unknown number, else
     * the count. Set on the first record of a page that carries the missed-events flag.
     */
    long lostBefore() {
        return lostBefore;
    }

    long consumed() {
        return pages.consumed();
    }

    /** Bytes of pages handed to the record reader so far (uncompressed). */
    long pageBytesRead() {
        return pageBytesRead;
    }

    /** Moves to the next record; false when this CPU has no more. */
    boolean advance() throws IOException {
        long lost = 0;
        while (true) {
            if (loaded && page.next()) {
                timestamp = correction.apply(page.timestamp);
                dataOffset = page.dataOffset;
                dataLength = page.dataLength;
                lostBefore = lost;
                return true;
            }
            reportProblem("rest of the page skipped");
            if (!pages.next()) {
                return false;
            }
            loaded = page.load(pages.buffer(), pages.pageOffset(), pages.pageLength(), pageSize);
            pageBytesRead += pages.pageLength();
            if (!loaded) {
                reportProblem("page skipped");
                continue;
            }
            if (page.lostBefore() != 0) {
                lost = page.lostBefore();
            }
            reportProblem("events after the cut are missing");
        }
    }

    private void reportProblem(String consequence) {
        String problem = page.takeProblem();
        if (problem != null) {
            report.warn(0, "CPU " + cpu + " " + pages.where() + ": " + problem + "; " + consequence);
        }
    }
}
