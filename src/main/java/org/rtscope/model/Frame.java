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
 *                   {@code user}), or null
 */
public record Frame(String function, long address, long offset, long size, String module, boolean unreliable,
                    String context) {

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
        return sb.toString();
    }
}
