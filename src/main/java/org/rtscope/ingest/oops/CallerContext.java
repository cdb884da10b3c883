package org.rtscope.ingest.oops;

import java.util.Arrays;
import org.rtscope.ingest.text.Bytes;

/**
 * What one printk caller (or the whole log, when it has no caller ids) is in the middle of: the report
 * it has open, a {@code cut here} fence just seen, and copies of its last plain lines, which may name a
 * dump that starts right after them. Lines are counted per caller ({@link #seen}) so "just before"
 * means the same thing however much other callers print in between.
 */
final class CallerContext {
    static final int RECENT = 2;

    ReportDraft open;
    int seen;
    int cutRecord = -1;
    int cutLine;
    int cutSeen;
    final int[] recentRecord = {-1, -1};
    final int[] recentLine = new int[RECENT];
    final int[] recentSeen = new int[RECENT];
    final byte[][] recentBytes = {new byte[128], new byte[128]};
    final int[] recentLength = new int[RECENT];
    int nextRecent;

    /** Keeps a copy of a non-blank plain line: it may name a dump that starts on the next line. */
    void remember(int record, int line, byte[] buf, int from, int end) {
        if (Bytes.skipSpaces(buf, from, end) == end) {
            return;
        }
        int k = nextRecent;
        nextRecent = (nextRecent + 1) % RECENT;
        int len = end - from;
        if (recentBytes[k].length < len) {
            recentBytes[k] = Arrays.copyOf(recentBytes[k], Math.max(len, recentBytes[k].length * 2));
        }
        System.arraycopy(buf, from, recentBytes[k], 0, len);
        recentLength[k] = len;
        recentRecord[k] = record;
        recentLine[k] = line;
        recentSeen[k] = seen;
    }

    String recentText(int k) {
        return ReportHeaders.text(recentBytes[k], 0, recentLength[k]);
    }

    int newestRecent() {
        int newest = -1;
        for (int k = 0; k < RECENT; k++) {
            if (recentRecord[k] >= 0 && (newest < 0 || recentSeen[k] > recentSeen[newest])) {
                newest = k;
            }
        }
        return newest;
    }

    /** The oldest remembered line seen after {@code seenIndex}, or -1. */
    int oldestRecentAfter(int seenIndex) {
        int oldest = -1;
        for (int k = 0; k < RECENT; k++) {
            if (recentRecord[k] >= 0 && recentSeen[k] > seenIndex && (oldest < 0 || recentSeen[k] < recentSeen[oldest])) {
                oldest = k;
            }
        }
        return oldest;
    }

    void forgetRecent() {
        Arrays.fill(recentRecord, -1);
    }

    /** Forgets everything (a new boot). */
    void reset() {
        open = null;
        cutRecord = -1;
        forgetRecent();
    }
}
