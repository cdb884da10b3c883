package org.rtscope.ingest.perf;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.GoldenFiles;

/**
 * Golden files: excerpts of real perf script and perf sched timehist texts (see the README beside
 * them) with the TSV of what must be parsed from them: every {@code -F} variant, callchains, side-band
 * lines, lost events, BOM/CRLF, and each timehist option. Run with {@code -Drtscope.updateGolden=true}
 * to rewrite the TSVs after a deliberate change, then review the diff.
 */
class PerfGoldenFilesTest {
    static Stream<String> inputs() {
        return GoldenFiles.inputs("perf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesAsRecorded(String name) throws IOException {
        GoldenFiles.check("perf", name, source -> PerfGoldenTsv.render(source.trace(), source.report()));
    }
}
