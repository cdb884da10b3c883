package org.rtscope.ingest.tracedat;

import java.io.IOException;
import java.util.List;

/**
 * Merges the per-CPU record streams into one time order, as {@code trace-cmd report} does: the
 * earliest timestamp first, the lower CPU first on equal timestamps. A binary heap, so hundreds of
 * CPUs cost log(n) per record.
 */
final class MergeQueue {
    private final CpuStream[] heap;
    private int size;

    /** Positions every stream on its first record; empty streams are left out. */
    MergeQueue(List<CpuStream> streams) throws IOException {
        heap = new CpuStream[streams.size()];
        for (CpuStream s : streams) {
            if (s.advance()) {
                heap[size++] = s;
                up(size - 1);
            }
        }
    }

    /** The stream holding the earliest record, or null when all are exhausted. */
    CpuStream peek() {
        return size == 0 ? null : heap[0];
    }

    /** Moves the earliest stream to its next record and restores the order. */
    void advanceHead() throws IOException {
        if (heap[0].advance()) {
            down(0);
        } else {
            heap[0] = heap[--size];
            heap[size] = null;
            if (size > 0) {
                down(0);
            }
        }
    }

    private boolean before(CpuStream a, CpuStream b) {
        return a.timestamp < b.timestamp || (a.timestamp == b.timestamp && a.cpu() < b.cpu());
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!before(heap[i], heap[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int left = 2 * i + 1;
            int smallest = i;
            if (left < size && before(heap[left], heap[smallest])) {
                smallest = left;
            }
            if (left + 1 < size && before(heap[left + 1], heap[smallest])) {
                smallest = left + 1;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        CpuStream t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
