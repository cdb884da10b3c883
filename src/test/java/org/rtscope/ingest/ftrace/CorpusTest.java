package org.rtscope.ingest.ftrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.Trace;

/**
 * Public ftrace and trace-cmd texts from other projects (../shared/corpus, described by
 * ftrace-manifest.tsv): Android systrace captures with 4-column flags and a TGID column, old kernels,
 * trace-cmd report plain and -l from ARM's LISA and trappy. Each must import with the per-event
 * counts and event-line totals the manifest records, and no line may be skipped. Skipped where the corpus is not present (it lives beside the
 * repository, not in it).
 */
class CorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("rtscope.corpus", "../shared/corpus"));
    private static final Pattern COUNT = Pattern.compile("([A-Za-z0-9_]+)\\((\\d+)\\)");

    static Stream<Arguments> files() throws IOException {
        Path manifest = CORPUS.resolve("ftrace-manifest.tsv");
        if (!Files.exists(manifest)) {
            return Stream.of(Arguments.of("(corpus not present)", "", Map.of(), 0L));
        }
        List<String> rows = Files.readAllLines(manifest);
        return rows.stream().skip(1).map(r -> r.split("\t")).filter(c -> c.length > 5)
                .filter(c -> c[3].startsWith("raw ftrace") || c[3].startsWith("trace-cmd report"))
                .map(c -> Arguments.of(c[0], c[3], counts(c[4]), Long.parseLong(c[5].trim())));
    }

    private static Map<String, Long> counts(String field) {
        Map<String, Long> counts = new TreeMap<>();
        Matcher m = COUNT.matcher(field);
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return counts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void importsWithTheManifestCounts(String file, String variant, Map<String, Long> expected, long eventLines) {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        Case.Source source = CaseLoader.loadOne(CORPUS.resolve(file), ImportMonitor.NONE);
        Trace trace = source.trace();
        Map<String, Long> actual = new TreeMap<>();
        for (int i = 0; trace != null && i < trace.size(); i++) {
            actual.merge(trace.eventName(i), 1L, Long::sum);
        }
        String context = variant + " " + source.report().format() + " warnings " + source.report().warnings();
        // the manifest lists the most frequent event names; each listed count must match exactly
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), () -> e.getKey() + " in " + context);
        }
        assertEquals(eventLines, trace == null ? 0 : trace.size(), context);
        assertEquals(0, source.report().skipped(), context);
    }
}
