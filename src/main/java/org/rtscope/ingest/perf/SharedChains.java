package org.rtscope.ingest.perf;

import java.util.Arrays;
import java.util.List;
import org.rtscope.model.Frame;

/**
 * Keeps one immutable copy of each distinct frame list. A profile or a scheduler trace hits the same
 * few paths over and over; sharing them keeps a large recording's backtraces to one reference per
 * event instead of a list of frames per event. Frames are shared instances already
 * ({@link FrameParser}), so lists are hashed and compared by frame identity: no frame is hashed
 * field by field per event.
 */
final class SharedChains {
    private List<Frame>[] table = newTable(1024);
    private int[] hashes = new int[1024];
    private int size;

    /** The shared immutable copy of {@code frames} (which the caller may go on reusing). */
    List<Frame> share(List<Frame> frames) {
        int hash = hash(frames);
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            List<Frame> known = table[slot];
            if (known == null) {
                List<Frame> copy = List.copyOf(frames);
                table[slot] = copy;
                hashes[slot] = hash;
                if (++size * 2 > table.length) {
                    grow();
                }
                return copy;
            }
            if (hashes[slot] == hash && sameFrames(known, frames)) {
                return known;
            }
        }
    }

    private static int hash(List<Frame> frames) {
        int h = 1;
        for (int i = 0; i < frames.size(); i++) {
            h = 31 * h + System.identityHashCode(frames.get(i));
        }
        return h ^ (h >>> 16);
    }

    private static boolean sameFrames(List<Frame> a, List<Frame> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        List<Frame>[] old = table;
        int[] oldHashes = hashes;
        table = newTable(old.length * 2);
        hashes = new int[old.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < old.length; i++) {
            if (old[i] != null) {
                int slot = oldHashes[i] & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = old[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Frame>[] newTable(int n) {
        List<Frame>[] t = new List[n];
        Arrays.fill(t, null);
        return t;
    }
}
