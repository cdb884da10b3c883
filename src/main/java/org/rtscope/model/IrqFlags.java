package org.rtscope.model;

/**
 * The ftrace "irq-info" flag field ({@code d.h1.}) packed into 16 bits, so it can live in a short
 * column. Layout: bits 0-2 irqs-off, 3-5 need-resched, 6-8 hardirq/softirq context, 9-12 preempt
 * depth (hex digit), 13-14 migrate-disable depth (capped at 3), bit 15 = flags were present.
 */
public final class IrqFlags {
    public static final int NONE = 0;
    private static final int PRESENT = 1 << 15;
    private static final String IRQ = ".dDbX";
    private static final String RESCHED = ".NnpBLbl";
    private static final String CONTEXT = ".hsHzZ";

    private IrqFlags() {
    }

    /** Encodes a flag field of 4 (≤ v5.12) or 5 characters; returns {@link #NONE} if it is not one. */
    public static int parse(byte[] buf, int off, int len) {
        if (len < 4 || len > 6) {
            return NONE;
        }
        int irq = IRQ.indexOf(buf[off]);
        int resched = RESCHED.indexOf(buf[off + 1]);
        int context = CONTEXT.indexOf(buf[off + 2]);
        int preempt = hexDigit(buf[off + 3]);
        int migrate = len >= 5 ? hexDigit(buf[off + 4]) : 0;
        if (irq < 0 || resched < 0 || context < 0 || preempt < 0 || migrate < 0) {
            return NONE;
        }
        return PRESENT | irq | resched << 3 | context << 6 | preempt << 9 | Math.min(migrate, 3) << 13;
    }

    /** True when a flag field of this shape starts at {@code off}. */
    public static boolean looksLikeFlags(byte[] buf, int off, int len) {
        return parse(buf, off, len) != NONE;
    }

    private static int hexDigit(byte b) {
        if (b == '.') {
            return 0;
        }
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return -1;
    }

    public static boolean present(int flags) {
        return (flags & PRESENT) != 0;
    }

    public static boolean irqsOff(int flags) {
        int irq = flags & 7;
        return irq == 1 || irq == 2;
    }

    public static boolean inHardIrq(int flags) {
        int context = flags >> 6 & 7;
        return context == 1 || context == 3;
    }

    public static boolean inSoftIrq(int flags) {
        return (flags >> 6 & 7) == 2;
    }

    public static boolean inNmi(int flags) {
        int context = flags >> 6 & 7;
        return context == 4 || context == 5;
    }

    public static int preemptDepth(int flags) {
        return flags >> 9 & 15;
    }

    /** The five-character text as ftrace prints it, or empty when no flags were recorded. */
    public static String toString(int flags) {
        if (!present(flags)) {
            return "";
        }
        int preempt = preemptDepth(flags);
        int migrate = flags >> 13 & 3;
        return "" + IRQ.charAt(flags & 7) + RESCHED.charAt(flags >> 3 & 7) + CONTEXT.charAt(flags >> 6 & 7)
                + (preempt == 0 ? '.' : Character.forDigit(preempt, 16))
                + (migrate == 0 ? '.' : Character.forDigit(migrate, 16));
    }
}
