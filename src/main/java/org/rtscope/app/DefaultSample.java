package org.rtscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The case rtscope opens when started without files: the RT throttling recording (s2). From a source
 * checkout it is read in place; from a jar or an installed app it is copied out of the classpath to a
 * temporary file first, because importers read files (and the inspector names them).
 */
final class DefaultSample {
    static final String RELATIVE = "sample-traces/s2_rt_throttling/trace-cmd_report.txt";

    private DefaultSample() {
    }

    /** The sample as a file, or null when neither the checkout copy nor the bundled one is there. */
    static Path locate() throws IOException {
        Path local = Path.of(RELATIVE);
        if (Files.isRegularFile(local)) {
            return local;
        }
        try (InputStream in = DefaultSample.class.getResourceAsStream("/" + RELATIVE)) {
            if (in == null) {
                return null;
            }
            Path dir = Files.createTempDirectory("rtscope-sample");
            // deleted on exit in reverse order of registration: the file first, then its directory
            dir.toFile().deleteOnExit();
            Path file = dir.resolve(local.getFileName());
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }
}
