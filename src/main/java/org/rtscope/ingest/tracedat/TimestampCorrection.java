package org.rtscope.ingest.tracedat;

/**
 * Turns raw ring-buffer times into what {@code trace-cmd report} prints: counter clocks scaled by the
 * TSC2NSEC option ({@code ns = tsc * mult >> shift}, computed without overflow) and the OFFSET option
 * added. The DATE option is not applied (trace-cmd applies it only with {@code --date}); times stay on
 * the trace clock, which for "local" is nanoseconds since boot like dmesg.
 */
record TimestampCorrection(int mult, int shift, long offset) {

    long apply(long raw) {
        long ts = raw;
        if (mult != 0) {
            long low = (ts & 0xFFFFFFFFL) * (mult & 0xFFFFFFFFL) >>> shift;
            long high = ts >>> 32;
            ts = high == 0 ? low : low + (high * (mult & 0xFFFFFFFFL) << (32 - shift));
        }
        return ts + offset;
    }
}
