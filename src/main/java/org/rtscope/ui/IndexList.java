package org.rtscope.ui;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Ascending event indices as a list without boxing them up front: the rows of a filtered event table.
 * Lookups of an event's row are binary searches.
 */
final class IndexList extends AbstractList<Integer> implements RandomAccess {
    private final int[] events;

    IndexList(int[] events) {
        this.events = events;
    }

    @Override
    public Integer get(int i) {
        return events[i];
    }

    @Override
    public int size() {
        return events.length;
    }

    @Override
    public int indexOf(Object o) {
        if (o instanceof Integer event) {
            int k = Arrays.binarySearch(events, event);
            return k >= 0 ? k : -1;
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
