package org.rtscope.ingest.ftrace;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.GoldenFiles;

/**
 * Golden files: excerpts cut from the real recordings and public captures (ftrace with stack traces,
 * with a TGID column, with 4 flag columns; trace-cmd report plain, -l, -R, -t) beside the TSV of
 * what must be parsed from them. Run with {@code -Drtscope.updateGolden=true} to rewrite the TSVs
 * after a deliberate change, then review the diff.
 */
class GoldenFilesTest {
    static Stream<String> inputs() {
        return GoldenFiles.inputs("ftrace");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesAsRecorded(String name) throws IOException {
        GoldenFiles.check("ftrace", name, source -> GoldenTsv.render(source.trace(), source.report()));
    }
}
