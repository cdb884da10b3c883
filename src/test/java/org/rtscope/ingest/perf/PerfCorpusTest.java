package org.rtscope.ingest.perf;

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
import org.rtscope.ingest.Sniffer;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.Trace;

/**
 * Public {@code perf script} texts from other projects (../shared/corpus, described by
 * perf-script-manifest.tsv: FlameGraph, gprof2dot, inferno, perfview, perf_data_converter and
 * perfparser recordings rendered with perf). Each must be sniffed as perf script and import without
 * an exception, with the manifest's per-event counts, its number of samples and, for files with
 * callchains, its deepest callchain.
 *
 * <p>The manifest's {@code samples} column also counts {@code PERF_RECORD_COMM:} side-band lines
 * (it lists them among the events); rtscope reads side-band records into the task table, not as
 * samples, so the events expected are {@code samples} minus the {@code PERF_RECORD_*} counts listed.
 * Skipped where the corpus is not present (it lives beside the repository, not in it).
 */
class PerfCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("rtscope.corpus", "../shared/corpus"));
    private static final Pattern COUNT = Pattern.compile("([^;()]+)\\((\\d+)\\)");

    static Stream<Arguments> files() throws IOException {
        Path manifest = CORPUS.resolve("perf-script-manifest.tsv");
        if (!Files.exists(manifest)) {
            return Stream.of(Arguments.of("(corpus not present)", false, 0, Map.of(), 0L));
        }
        List<String> rows = Files.readAllLines(manifest);
        return rows.stream().skip(1).map(r -> r.split("\t")).filter(c -> c.length > 5)
                .map(c -> Arguments.of(c[0], c[2].equals("yes"), Integer.parseInt(c[3].trim()), counts(c[4]),
                        Long.parseLong(c[5].trim())));
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
    void importsWithTheManifestCounts(String file, boolean callchains, int depth, Map<String, Long> events,
                                      long samples) throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        Path path = CORPUS.resolve(file);
        assertEquals(SourceFormat.PERF_SCRIPT, Sniffer.sniff(path));
        Case.Source source = CaseLoader.loadOne(path, ImportMonitor.NONE);
        Trace trace = source.trace();
        String context = file + " warnings " + source.report().warnings();
        Map<String, Long> actual = new TreeMap<>();
        for (int i = 0; i < trace.size(); i++) {
            actual.merge(trace.eventName(i), 1L, Long::sum);
        }
        long sideBand = 0;
        for (Map.Entry<String, Long> e : events.entrySet()) {
            if (e.getKey().startsWith("PERF_RECORD_")) {
                sideBand += e.getValue();
                continue;
            }
            String name = modelName(e.getKey());
            assertEquals(e.getValue(), actual.get(name), () -> name + " in " + context);
        }
        assertEquals(samples - sideBand, trace.size(), context);
        if (callchains) {
            int deepest = 0;
            for (int k = 0; k < trace.stackCount(); k++) {
                deepest = Math.max(deepest, trace.stackAt(k).frames().size());
            }
            assertEquals(depth, deepest, context);
        }
    }

    /** The manifest names events as perf prints them; the model keeps tracepoints under their bare name. */
    private static String modelName(String perfName) {
        byte[] b = perfName.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = EventNames.modelNameStart(b, 0, b.length);
        return perfName.substring(start);
    }
}
