package org.rtscope.model;

/**
 * One frame of a backtrace, as far as the source format tells it.
 *
 * @param function   symbol name, or empty when only an address is known
 * @param address    instruction address, or -1 when not printed
 * @param offset     offset into the function ({@code +0x1c}), or -1
 * @param size       function size ({@code /0x90}), or -1
 * @param module     module or DSO in brackets/parentheses, or null for the core kernel / unknown
 * @param unreliable the frame carried a {@code ?} mark (x86 stack scanning guess)
 * @param context    a context marker in effect for this frame ({@code IRQ}, {@code NMI}, {@code TASK},
 *                   {@code user}, {@code signal}), or null
 * @param location   where the frame's code is, when the source says: {@code file.c:21} (gdb, crash -l),
 *                   {@code from /lib/libc.so.6}, or null
 * @param args       the argument text gdb prints in parentheses, or null
 */
public record Frame(String function, long address, long offset, long size, String module, boolean unreliable,
                    String context, String location, String args) {

    /** A frame without source location or arguments (kernel stacks). */
    public Frame(String function, long address, long offset, long size, String module, boolean unreliable,
                 String context) {
        this(function, address, offset, size, module, unreliable, context, null, null);
    }

    /** A frame known only by function name and (optional) address, as ftrace prints them. */
    public static Frame of(String function, long address) {
        return new Frame(function, address, -1, -1, null, false, null);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (unreliable) {
            sb.append("? ");
        }
        sb.append(function.isEmpty() ? "??" : function);
        if (offset >= 0) {
            sb.append("+0x").append(Long.toHexString(offset));
            if (size >= 0) {
                sb.append("/0x").append(Long.toHexString(size));
            }
        }
        if (module != null) {
            sb.append(" [").append(module).append(']');
        }
        if (address >= 0) {
            sb.append(" (").append(Long.toHexString(address)).append(')');
        }
        if (location != null) {
            sb.append(" at ").append(location);
        }
        return sb.toString();
    }
}
