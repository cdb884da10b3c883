package org.rtscope.ingest.tracedat;

/**
 * Turns raw ring-buffer times into what {@code trace-cmd report} prints: counter clocks scaled by the
 * TSC2NSEC option ({@code ns = tsc * mult >> shift} on the full 96-bit product, as the kernel's
 * {@code mul_u64_u32_shr}) and the OFFSET option added. The DATE option is not applied (trace-cmd
 * applies it only with {@code --date}); times stay on the trace clock, which for "local" is
 * nanoseconds since boot like dmesg.
 */
record TimestampCorrection(int mult, int shift, long offset) {

    long apply(long raw) {
        long ts = raw;
        if (mult != 0) {
            long m = mult & 0xFFFFFFFFL;
            long low = raw * m;
            long high = Math.multiplyHigh(raw, m);
            ts = shift <= 0 ? low : shift >= 64 ? high >>> (shift - 64) : (low >>> shift) | (high << (64 - shift));
        }
        return ts + offset;
    }
}
