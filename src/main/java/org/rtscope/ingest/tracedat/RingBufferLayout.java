package org.rtscope.ingest.tracedat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the traced kernel lays out its ring-buffer pages, from the {@code header_page} and
 * {@code header_event} files stored in the trace.dat: where the page timestamp, the commit word
 * (data size plus the missed-events flags) and the event data start, and which {@code type_len}
 * values mark padding, time extends and absolute time stamps.
 *
 * @param timestampOffset offset of the 64-bit page timestamp
 * @param commitOffset    offset of the commit word
 * @param commitSize      size of the commit word (the kernel's long: 4 or 8)
 * @param dataOffset      offset of the first event header
 * @param paddingType     type_len of padding (29)
 * @param timeExtendType  type_len of a time extend (30)
 * @param timeStampType   type_len of an absolute time stamp (31)
 * @param maxDataType     largest type_len that is a data record with its length in the header (28)
 */
record RingBufferLayout(int timestampOffset, int commitOffset, int commitSize, int dataOffset, int paddingType,
                        int timeExtendType, int timeStampType, int maxDataType) {

    private static final Pattern TYPE = Pattern.compile("(padding|time_extend|time_stamp)\\s*:\\s*type\\s*==\\s*(\\d+)");
    private static final Pattern DATA_MAX = Pattern.compile("data max type_len\\s*==\\s*(\\d+)");

    /** Reads both header files; the fields a file does not describe keep the values every kernel since 2.6.31 uses. */
    static RingBufferLayout parse(String headerPage, String headerEvent, FormatParser parser, int longSize)
            throws TraceDatException {
        int timestampOffset = 0;
        int commitOffset = 8;
        int commitSize = longSize;
        int dataOffset = 8 + longSize;
        for (FormatField field : parser.parseFields(headerPage)) {
            switch (field.name) {
                case "timestamp":
                    if (field.size != 8) {
                        throw new TraceDatException("page timestamps of " + field.size + " bytes are not supported");
                    }
                    timestampOffset = field.offset;
                    break;
                case "commit":
                    commitOffset = field.offset;
                    commitSize = field.size;
                    break;
                case "data":
                    dataOffset = field.offset;
                    break;
                default:
                    break;
            }
        }
        if (commitSize != 4 && commitSize != 8) {
            throw new TraceDatException("page commit field of " + commitSize + " bytes is not supported");
        }
        if (!headerEvent.isEmpty() && !headerEvent.contains("type_len")) {
            throw new TraceDatException("ring-buffer event headers of kernels before 2.6.31 are not supported");
        }
        int padding = 29;
        int extend = 30;
        int stamp = 31;
        Matcher m = TYPE.matcher(headerEvent);
        while (m.find()) {
            int value = Integer.parseInt(m.group(2));
            switch (m.group(1)) {
                case "padding": padding = value; break;
                case "time_extend": extend = value; break;
                default: stamp = value; break;
            }
        }
        Matcher max = DATA_MAX.matcher(headerEvent);
        int maxData = max.find() ? Integer.parseInt(max.group(1)) : 28;
        return new RingBufferLayout(timestampOffset, commitOffset, commitSize, dataOffset, padding, extend, stamp, maxData);
    }
}
