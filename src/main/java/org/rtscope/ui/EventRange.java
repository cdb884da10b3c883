package org.rtscope.ui;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The event indices {@code [from, to)} as a list, without storing them: the event table can show a
 * million-event window by handing this to a TableView instead of boxing a million Integers.
 */
final class EventRange extends AbstractList<Integer> implements RandomAccess {
    private final int from;
    private final int to;

    EventRange(int from, int to) {
        this.from = from;
        this.to = Math.max(from, to);
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    @Override
    public Integer get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException(i);
        }
        return from + i;
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public int indexOf(Object o) {
        if (o instanceof Integer event && event >= from && event < to) {
            return event - from;
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
