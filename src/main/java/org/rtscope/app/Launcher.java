package org.rtscope.app;

import javafx.application.Application;

/**
 * Main class of the shaded jar and the installed launcher. A plain class (not an {@link Application})
 * so the JavaFX runtime on the class path starts; subcommands ({@code analyze}, {@code bench}, ...)
 * run headless through {@link Cli} and never touch JavaFX, anything else opens the window with the
 * given files.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args));
        }
        Application.launch(RtscopeApp.class, args);
    }
}
