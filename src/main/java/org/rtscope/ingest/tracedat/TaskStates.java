package org.rtscope.ingest.tracedat;

import java.nio.charset.StandardCharsets;
import org.rtscope.model.TaskState;

/**
 * Converts a raw {@code sched_switch prev_state} into {@link TaskState} bits with the letter table of
 * the kernel that recorded it: the {@code __print_flags} table and the {@code "+"} (preempted) mask of
 * the sched_switch print format. Kernels before 4.14 used other bit values for the same letters,
 * which the table in their format file says. Without a readable table the v4.14+ values apply
 * (S=1 D=2 T=4 t=8 X=16 Z=32 P=64 I=128, 256 = preempted).
 */
final class TaskStates {
    private final PrintFormatTables.Table flags;
    private final long plusMask;
    private final int[] semantic;

    TaskStates(String printFormat, String field) {
        this.flags = PrintFormatTables.flags(printFormat, field);
        long plus = PrintFormatTables.plusMask(printFormat, field);
        this.plusMask = plus != 0 ? plus : 0x100;
        this.semantic = new int[flags == null ? 0 : flags.values().length];
        for (int i = 0; i < semantic.length; i++) {
            byte[] letters = flags.names()[i].getBytes(StandardCharsets.US_ASCII);
            semantic[i] = TaskState.parseKernel(letters, 0, letters.length);
        }
    }

    int toTaskState(long raw) {
        int preempted = (raw & plusMask) != 0 ? TaskState.PREEMPTED : 0;
        if (flags == null) {
            return preempted | (int) (raw & 0xFF);
        }
        long bits = raw & flags.mask();
        int state = 0;
        for (int i = 0; i < semantic.length; i++) {
            long value = flags.values()[i];
            if (value != 0 && (bits & value) == value) {
                state |= semantic[i];
            }
        }
        return state | preempted;
    }
}
