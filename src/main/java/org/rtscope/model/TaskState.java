package org.rtscope.model;

/**
 * Task states as reported in {@code sched_switch prev_state}, as semantic bits independent of the
 * kernel's and the printing library's letter tables (which differ across versions, see CATALOG F4/F5).
 * {@link #RUNNABLE} (0) means the task was preempted while still runnable ("R").
 */
public final class TaskState {
    public static final int RUNNABLE = 0;
    public static final int SLEEPING = 1;
    public static final int DISK = 1 << 1;
    public static final int STOPPED = 1 << 2;
    public static final int TRACED = 1 << 3;
    public static final int DEAD = 1 << 4;
    public static final int ZOMBIE = 1 << 5;
    public static final int PARKED = 1 << 6;
    public static final int IDLE = 1 << 7;
    public static final int WAKEKILL = 1 << 8;
    public static final int WAKING = 1 << 9;
    public static final int NOLOAD = 1 << 10;
    public static final int DEAD_OLD = 1 << 11;
    /** The '+' suffix: the switch was a preemption. */
    public static final int PREEMPTED = 1 << 14;
    /** The state was not reported. */
    public static final int UNKNOWN = 1 << 15;

    private static final String LETTERS = "SDTtXZPIKWNx";

    private TaskState() {
    }

    /** True when the task left the CPU still wanting to run (R or R+). */
    public static boolean isRunnable(int state) {
        return (state & ~PREEMPTED) == RUNNABLE;
    }

    /** True when the task blocked (any sleep, stop, exit). */
    public static boolean isBlocked(int state) {
        return (state & UNKNOWN) == 0 && (state & ~PREEMPTED) != RUNNABLE;
    }

    /**
     * Parses a kernel prev_state string: v4.14+ letters ("R", "S", "D|K", "R+", "I") or the older
     * bit-table letters. Each letter maps to one semantic bit.
     */
    public static int parseKernel(byte[] buf, int off, int len) {
        int state = 0;
        for (int i = off; i < off + len; i++) {
            switch (buf[i]) {
                case 'S': state |= SLEEPING; break;
                case 'D': state |= DISK; break;
                case 'T': state |= STOPPED; break;
                case 't': state |= TRACED; break;
                case 'X': state |= DEAD; break;
                case 'Z': state |= ZOMBIE; break;
                case 'P': state |= PARKED; break;
                case 'I': state |= IDLE; break;
                case 'K': state |= WAKEKILL; break;
                case 'W': state |= WAKING; break;
                case 'N': state |= NOLOAD; break;
                case 'x': state |= DEAD_OLD; break;
                case '+': state |= PREEMPTED; break;
                default: break;
            }
        }
        return state;
    }

    /**
     * Parses the state letters of libtraceevent's sched_switch plugin. Older libtraceevent (trace-cmd
     * 3.1 on Debian 12) prints from the table {@code SDTtZXxW}: its "X" is the kernel's zombie bit and
     * "W" the kernel's TASK_IDLE bit. Newer libtraceevent uses {@code SDTtXZPI}, the kernel's own.
     * The old table is assumed unless a letter only the new one has (P, I) appears.
     */
    public static int parsePlugin(byte[] buf, int off, int len) {
        boolean newTable = false;
        for (int i = off; i < off + len; i++) {
            if (buf[i] == 'P' || buf[i] == 'I') {
                newTable = true;
            }
        }
        if (newTable) {
            return parseKernel(buf, off, len);
        }
        int state = 0;
        for (int i = off; i < off + len; i++) {
            switch (buf[i]) {
                case 'S': state |= SLEEPING; break;
                case 'D': state |= DISK; break;
                case 'T': state |= STOPPED; break;
                case 't': state |= TRACED; break;
                case 'Z': state |= DEAD; break;
                case 'X': state |= ZOMBIE; break;
                case 'x': state |= PARKED; break;
                case 'W': state |= IDLE; break;
                case '+': state |= PREEMPTED; break;
                default: break;
            }
        }
        return state;
    }

    /** Kernel-style text: "R", "R+", "S", "D|K". */
    public static String toString(int state) {
        if ((state & UNKNOWN) != 0) {
            return "?";
        }
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < LETTERS.length(); bit++) {
            if ((state & (1 << bit)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(LETTERS.charAt(bit));
            }
        }
        if (sb.length() == 0) {
            sb.append('R');
        }
        if ((state & PREEMPTED) != 0) {
            sb.append('+');
        }
        return sb.toString();
    }
}
