package org.rtscope;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the real recordings in {@code sample-traces/} (surefire passes the absolute path). */
public final class TestData {
    private TestData() {
    }

    public static Path traces() {
        Path configured = Path.of(System.getProperty("rtscope.traces", "sample-traces"));
        if (!Files.isDirectory(configured)) {
            throw new IllegalStateException("sample traces not found at " + configured.toAbsolutePath());
        }
        return configured;
    }

    public static Path trace(String scenario, String file) {
        return traces().resolve(scenario).resolve(file);
    }
}
