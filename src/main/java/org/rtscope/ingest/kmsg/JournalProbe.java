package org.rtscope.ingest.kmsg;

import java.util.regex.Pattern;
import org.rtscope.ingest.FormatProbe;
import org.rtscope.ingest.SniffSample;
import org.rtscope.model.SourceFormat;

/**
 * Recognises the journal's field-structured outputs (format id {@code journal-json}): JSON objects
 * with journal field names, export-format {@code __CURSOR=} / {@code __REALTIME_TIMESTAMP=} lines, and
 * {@code -o verbose} entry headers with their cursor. Each of these is certain.
 */
public final class JournalProbe implements FormatProbe {
    private static final Pattern JSON_FIELD = Pattern.compile(
            "\"(?:__CURSOR|__REALTIME_TIMESTAMP|__MONOTONIC_TIMESTAMP|_BOOT_ID|_TRANSPORT)\"\\s*:");
    private static final Pattern EXPORT_FIELD = Pattern.compile(
            "^(?:__CURSOR=s=|__REALTIME_TIMESTAMP=\\d|__MONOTONIC_TIMESTAMP=\\d|_BOOT_ID=\\p{XDigit}{32}$)");

    @Override
    public SourceFormat format() {
        return SourceFormat.JOURNAL_JSON;
    }

    @Override
    public int score(SniffSample sample) {
        String first = sample.firstNonBlank(1).stream().findFirst().orElse("").strip();
        boolean json = first.startsWith("{") || first.startsWith("\u001e{") || first.startsWith("[");
        for (String line : sample.lines()) {
            if (json && JSON_FIELD.matcher(line).find() || EXPORT_FIELD.matcher(line).find()
                    || LogLineShapes.VERBOSE_HEADER.matcher(line).find()) {
                return CERTAIN;
            }
        }
        return 0;
    }
}
