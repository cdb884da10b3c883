package org.rtscope.timeline;

import org.rtscope.model.StackReport;

/**
 * A {@link StackReport} with the source it came from, so the marker lane, the inspector and evidence
 * links can name the file and open the right report.
 *
 * @param source     index of the source in the case
 * @param sourceName file name of that source
 * @param index      index of the report in that source's list
 */
public record SourcedReport(int source, String sourceName, int index, StackReport report) {
}
