package org.rtscope.ingest;

import org.rtscope.model.SourceFormat;

/**
 * Recognises one text format from the first lines of a file. Each format family has its probe; the
 * {@link Sniffer} asks them all and takes the best score, so formats never depend on file names.
 */
public interface FormatProbe {
    /** The score of a header only this format has; no probe scores higher. */
    int CERTAIN = 100;

    /** The format this probe recognises. */
    SourceFormat format();

    /**
     * How strongly the sample looks like this format: 0 = not at all; 100 = certain (a header only
     * this format has); in between, typically the number of lines of the sample that match its shape.
     */
    int score(SniffSample sample);
}
