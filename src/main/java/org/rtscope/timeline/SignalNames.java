package org.rtscope.timeline;

/** Linux signal names by number (x86/arm/generic numbering), for marker labels. */
public final class SignalNames {
    private static final String[] NAMES = {"0", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS",
        "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD",
        "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF",
        "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
    public static final int SIGKILL = 9;
    public static final int SIGXCPU = 24;

    private SignalNames() {
    }

    public static String of(int sig) {
        if (sig >= 0 && sig < NAMES.length) {
            return NAMES[sig];
        }
        return sig >= 34 && sig <= 64 ? "SIGRTMIN+" + (sig - 34) : "signal " + sig;
    }

    /** True for the signals that end a task without a chance to handle them as RT limits do. */
    public static boolean isKill(int sig) {
        return sig == SIGKILL || sig == SIGXCPU;
    }
}
