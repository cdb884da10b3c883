package org.rtscope.ingest.tracedat;

import java.util.ArrayList;
import java.util.List;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Frame;

/**
 * Turns ftrace's {@code kernel_stack} and {@code user_stack} records (a {@code caller[]} array of
 * return addresses) into a {@link Backtrace}, the way {@code trace-cmd report} prints them: addresses
 * run to the end of the record or to an all-ones terminator, kernel addresses resolve through
 * kallsyms (with their module), user addresses stay addresses.
 */
final class StackRecords {
    private final Kallsyms kallsyms;
    private final int longSize;

    StackRecords(Kallsyms kallsyms, int longSize) {
        this.kallsyms = kallsyms;
        this.longSize = longSize;
    }

    Backtrace read(FormatField caller, EventRecord r, boolean user, int line) {
        List<Frame> frames = new ArrayList<>();
        int end = r.start + r.length;
        for (int at = r.start + caller.offset; at + longSize <= end; at += longSize) {
            long address = longSize == 8 ? r.longAt(at) : r.intAt(at) & 0xFFFFFFFFL;
            if (address == -1L || (int) address == -1) {
                break;
            }
            frames.add(user ? Frame.of("", address) : kernelFrame(address));
        }
        return new Backtrace(user ? Backtrace.USER : Backtrace.KERNEL, frames, line);
    }

    private Frame kernelFrame(long address) {
        int symbol = kallsyms.find(address);
        if (symbol < 0) {
            return Frame.of("", address);
        }
        return new Frame(kallsyms.nameAt(symbol), address, -1, -1, kallsyms.moduleAt(symbol), false, null);
    }
}
