package org.rtscope.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal. Progress is drawn with carriage returns, which only make
 * sense on a terminal; in a pipe or log file they are noise. {@link System#console()} cannot tell:
 * on JDK 17 it is null as soon as stdout is redirected ({@code analyze --json > out.json}), which is
 * exactly when progress on stderr is still wanted. On Linux, fd 2's link names the tty.
 */
final class StderrTerminal {

    private StderrTerminal() {
    }

    static boolean isTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
