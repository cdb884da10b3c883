package org.rtscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the recordings benchmarks read: the repository's sample traces, or a file named by a system property. */
final class BenchFiles {
    private BenchFiles() {
    }

    /** {@code scenario/file} under sample-traces, or an absolute path given as-is. */
    static Path resolve(String name) throws IOException {
        Path direct = Path.of(name);
        if (direct.isAbsolute()) {
            return direct;
        }
        Path path = Path.of(System.getProperty("rtscope.traces", "sample-traces")).resolve(name);
        if (!Files.exists(path)) {
            throw new IOException("benchmark input not found: " + path.toAbsolutePath());
        }
        return path;
    }
}
