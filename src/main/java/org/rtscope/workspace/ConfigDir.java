package org.rtscope.workspace;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where rtscope keeps what it remembers between runs (recent files and cases, user pattern specs):
 * {@code $XDG_CONFIG_HOME/rtscope}, or {@code ~/.config/rtscope} when that variable is unset or not
 * absolute, as the XDG Base Directory specification asks.
 */
public final class ConfigDir {

    private ConfigDir() {
    }

    /** The directory for this process's environment and user. */
    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".config");
        return base.resolve("rtscope");
    }
}
