package org.rtscope.ingest.tracedat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.rtscope.model.IrqFlags;

/**
 * Turns an event's {@code common_flags} and {@code common_preempt_count} into the ftrace latency
 * columns ({@code dNh2.}) the way the kernel's {@code trace_print_lat_fmt} prints them, then into
 * {@link IrqFlags}. Flag bits (kernel/trace/trace.h): 0x01 irqs off, 0x02 need-resched-lazy
 * (IRQS_NOSUPPORT before 6.13, set only on architectures without irqflags tracing), 0x04
 * need-resched, 0x08 hardirq, 0x10 softirq, 0x20 preempt-resched, 0x40 NMI, 0x80 bottom halves off.
 * The preempt count byte holds the preempt depth in its low nibble and, since 5.13, the
 * migrate-disable depth in its high nibble.
 */
final class LatencyFlags {
    private static final int IRQS_OFF = 0x01;
    private static final int NEED_RESCHED_LAZY = 0x02;
    private static final int NEED_RESCHED = 0x04;
    private static final int HARDIRQ = 0x08;
    private static final int SOFTIRQ = 0x10;
    private static final int PREEMPT_RESCHED = 0x20;
    private static final int NMI = 0x40;
    private static final int BH_OFF = 0x80;

    /** Encoded flags by {@code flags << 8 | preemptCount}, filled on first use. */
    private final int[] cache = new int[1 << 16];

    LatencyFlags() {
        Arrays.fill(cache, -1);
    }

    int encode(int flags, int preemptCount) {
        int key = (flags & 0xFF) << 8 | (preemptCount & 0xFF);
        int value = cache[key];
        if (value < 0) {
            byte[] text = columns(flags & 0xFF, preemptCount & 0xFF).getBytes(StandardCharsets.US_ASCII);
            value = IrqFlags.parse(text, 0, text.length);
            cache[key] = value;
        }
        return value;
    }

    /** The five latency characters, e.g. {@code dNh2.}. */
    static String columns(int flags, int preemptCount) {
        boolean bhOff = (flags & BH_OFF) != 0;
        boolean irqsOff = (flags & IRQS_OFF) != 0;
        char irq = irqsOff && bhOff ? 'D' : irqsOff ? 'd' : bhOff ? 'b' : '.';
        char resched;
        switch (flags & (NEED_RESCHED | NEED_RESCHED_LAZY | PREEMPT_RESCHED)) {
            case NEED_RESCHED | NEED_RESCHED_LAZY | PREEMPT_RESCHED: resched = 'B'; break;
            case NEED_RESCHED | PREEMPT_RESCHED: resched = 'N'; break;
            case NEED_RESCHED_LAZY | PREEMPT_RESCHED: resched = 'L'; break;
            case NEED_RESCHED | NEED_RESCHED_LAZY: resched = 'b'; break;
            case NEED_RESCHED: resched = 'n'; break;
            case PREEMPT_RESCHED: resched = 'p'; break;
            case NEED_RESCHED_LAZY: resched = 'l'; break;
            default: resched = '.'; break;
        }
        boolean nmi = (flags & NMI) != 0;
        boolean hard = (flags & HARDIRQ) != 0;
        boolean soft = (flags & SOFTIRQ) != 0;
        char context = nmi && hard ? 'Z' : nmi ? 'z' : hard && soft ? 'H' : hard ? 'h' : soft ? 's' : '.';
        return "" + irq + resched + context + digit(preemptCount & 0xF) + digit(preemptCount >> 4 & 0xF);
    }

    private static char digit(int value) {
        return value == 0 ? '.' : Character.forDigit(value, 16);
    }
}
