package org.rtscope.ingest.backtrace;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.GoldenFiles;

/**
 * Golden files: crash and gdb output beside the TSV of what must be parsed from it (see
 * {@link BacktraceTsv}). Inputs named after their origin: {@code s4-*} are the gdb backtraces of
 * sample-traces/s4_sigalrm_mutex_deadlock; {@code crash-help-*} examples from crash's help.c, {@code satyr-*},
 * {@code drkonqi-*} and {@code drgn-*} excerpts of the public corpus (../shared/corpus); {@code crash-session-*}
 * joins several of those examples into one transcript with prompts; {@code *-styled} is the s4 file as
 * gdb colours it on a terminal. Run with {@code -Drtscope.updateGolden=true} to rewrite the TSVs after
 * a deliberate change, then review the diff.
 */
class GoldenFilesTest {
    static Stream<String> inputs() {
        return GoldenFiles.inputs("backtrace");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesAsRecorded(String name) throws IOException {
        GoldenFiles.check("backtrace", name, BacktraceTsv::render);
    }
}
