package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.analysis.detect.Detectors;
import org.rtscope.analysis.pattern.PatternLibrary;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;

/**
 * The pattern engine on syzkaller's kernel crash logs ({@code ../shared/corpus/syzkaller}, categories from
 * {@code syzkaller-manifest.tsv}), through the real kernel-log importer: each log's body (the text after its
 * {@code TITLE:}/{@code TYPE:} header) is written to a file and loaded like a user's dmesg. A log counts as
 * recognised when its top finding is the category's pattern; {@code no_report} logs must yield no finding.
 * Prints the confusion matrix (category × top finding). Skipped when the corpus or the importer is absent.
 * The same matrix is also computed with the test fixture's dmesg reader, so the patterns are held to the
 * figure independently of the importer.
 */
class SyzkallerCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("rtscope.corpus", "../shared/corpus"));
    /** Category → the patterns that name it (syzkaller's "rcu detected stall" covers normal and expedited stalls). */
    private static final Map<String, Set<String>> EXPECTED = Map.of(
            "rcu_stall", Set.of("RCU_STALL", "RCU_EXP_STALL"),
            "soft_lockup", Set.of("SOFT_LOCKUP"),
            "hung_task", Set.of("HUNG_TASK"),
            "sched_atomic", Set.of("SCHED_WHILE_ATOMIC"),
            "sleep_invalid", Set.of("SLEEP_IN_ATOMIC"));
    private static final String NO_FINDING = "(none)";

    /** Reads one log body into a case. */
    private interface Reader {
        Case read(String name, String body) throws IOException;
    }

    @Test
    void withTheKernelLogImporter(@TempDir Path tmp) throws IOException {
        Assumptions.assumeTrue(CaseLoader.importerFor(SourceFormat.DMESG) != null, "no kernel-log importer in this build");
        confusion("kernel-log importer", (name, body) -> {
            Path log = tmp.resolve(name);
            Files.writeString(log, body, StandardCharsets.ISO_8859_1);
            return CaseLoader.load(List.of(log), ImportMonitor.NONE);
        });
    }

    @Test
    void withTheTestLogReader() throws IOException {
        confusion("test dmesg reader", (name, body) -> new Case(List.of(KernelLogFixture.source(name, body))));
    }

    private static void confusion(String how, Reader reader) throws IOException {
        Path manifest = CORPUS.resolve("syzkaller-manifest.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(manifest), "no corpus at " + CORPUS.toAbsolutePath());
        PatternLibrary library = PatternLibrary.builtInOnly(Detectors.byName());
        Map<String, Map<String, Integer>> matrix = new TreeMap<>();
        Map<String, int[]> score = new TreeMap<>();
        List<String> rows = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        int n = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            String category = f[2];
            if (!EXPECTED.containsKey(category) && !category.equals("no_report")) {
                continue;
            }
            String text = Files.readString(CORPUS.resolve(f[0]), StandardCharsets.ISO_8859_1);
            int body = text.indexOf("\n\n");
            Case loaded = reader.read("log" + n++ + ".txt", body >= 0 ? text.substring(body + 2) : text);
            List<Finding> findings = CaseReport.run(loaded, AnalysisSettings.DEFAULTS, library).findings();
            String top = findings.isEmpty() ? NO_FINDING : findings.get(0).pattern();
            matrix.computeIfAbsent(category, k -> new TreeMap<>()).merge(top, 1, Integer::sum);
            boolean right = category.equals("no_report") ? findings.isEmpty() : EXPECTED.get(category).contains(top);
            int[] s = score.computeIfAbsent(category, k -> new int[2]);
            s[0] += right ? 1 : 0;
            s[1]++;
        }
        StringBuilder report = new StringBuilder("syzkaller confusion matrix, " + how
                + " (category: top finding = files)\n");
        matrix.forEach((category, tops) -> report.append(String.format("  %-14s %s  -> %d/%d recognised%n", category,
                tops, score.get(category)[0], score.get(category)[1])));
        System.out.print(report);
        int crashRight = 0;
        int crashAll = 0;
        for (String category : EXPECTED.keySet()) {
            int[] s = score.getOrDefault(category, new int[2]);
            crashRight += s[0];
            crashAll += s[1];
        }
        int[] clean = score.getOrDefault("no_report", new int[2]);
        assertTrue(crashAll > 0 && clean[1] > 0, report.toString());
        assertTrue(crashRight >= 0.95 * crashAll, "crash logs recognised " + crashRight + "/" + crashAll + "\n" + report);
        assertTrue(clean[0] >= 0.95 * clean[1], "clean logs without finding " + clean[0] + "/" + clean[1] + "\n" + report);
    }
}
