package org.rtscope.timeline;

/**
 * Where a navigation step ({@code .}/{@code ,}, search, next finding) lands: an item of some lane and
 * its time, for the view to select and bring into sight.
 *
 * @param kind  what {@code index} indexes
 * @param index trace event, marker (of the lane's track) or log point index
 * @param time  ns
 */
public record NavTarget(Kind kind, int index, long time) {
    public enum Kind { EVENT, MARKER, LOG }
}
