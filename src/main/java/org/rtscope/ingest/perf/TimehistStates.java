package org.rtscope.ingest.perf;

import org.rtscope.model.TaskState;

/**
 * The {@code --state} letter of {@code perf sched timehist}. perf derives it from the bit position
 * of prev_state in its own letter table, which is not the kernel's: perf up to at least 6.1 uses the
 * old {@code "RSDTtZXxKWPNn"} table, so an idle kthread (kernel "I", bit 7) prints as {@code K} and a
 * preempted task (TASK_REPORT_MAX, the kernel's "R+") as {@code W}; newer perf prints the kernel's
 * {@code "RSDTtXZPI"}. The letters that exist in only one table decide; {@code Z}/{@code X} (dead and
 * zombie, swapped between the tables) both mean the task exited and are read as the kernel's.
 */
final class TimehistStates {
    private TimehistStates() {
    }

    /** The {@link TaskState} bits of one letter. */
    static int of(byte letter) {
        switch (letter) {
            case 'R': return TaskState.RUNNABLE;
            case 'S': return TaskState.SLEEPING;
            case 'D': return TaskState.DISK;
            case 'T': return TaskState.STOPPED;
            case 't': return TaskState.TRACED;
            case 'X': return TaskState.DEAD;
            case 'Z': return TaskState.ZOMBIE;
            case 'x':
            case 'P': return TaskState.PARKED;
            case 'K':
            case 'I': return TaskState.IDLE;
            case 'W': return TaskState.PREEMPTED;
            case 'N': return TaskState.NOLOAD;
            default: return TaskState.UNKNOWN;
        }
    }
}
