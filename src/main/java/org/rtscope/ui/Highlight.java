package org.rtscope.ui;

/**
 * A place on the timeline that evidence of the selected finding points at.
 *
 * @param time   ns
 * @param cpu    CPU lane group to mark, or -1 for all lanes
 * @param active the evidence item the user clicked last (drawn stronger)
 */
public record Highlight(long time, int cpu, boolean active) {
}
