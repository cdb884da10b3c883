package org.rtscope.analysis.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.analysis.Severity;
import org.rtscope.analysis.detect.Detectors;

class PatternLibraryTest {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[A-Z0-9'`(]|$)");

    @Test
    void theCatalogsTwentyFourPatternsLoadInCatalogOrder() {
        List<PatternDef> defs = PatternLibrary.builtIn(Detectors.byName());
        assertEquals(24, defs.size());
        for (int i = 0; i < defs.size(); i++) {
            assertEquals(PatternLibrary.BUILT_IN.get(i), defs.get(i).id());
            assertEquals(String.format("P%02d", i + 1), defs.get(i).spec().catalog());
        }
    }

    @Test
    void everySpecFileIsListedAndNamedAfterItsId() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("resources/patterns"))) {
            List<String> ids = files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
            assertEquals(PatternLibrary.BUILT_IN.stream().sorted().toList(), ids);
        }
    }

    @Test
    void everyPatternExplainsInThreeToSixSentencesAndSaysWhatToDoAndWhereToRead() {
        for (PatternDef def : PatternLibrary.builtIn(Detectors.byName())) {
            PatternSpec spec = def.spec();
            long sentences = SENTENCE_END.matcher(spec.explanation()).results().count();
            assertTrue(sentences >= 3 && sentences <= 6, def.id() + ": " + sentences + " sentences");
            assertTrue(spec.remedies().size() >= 2, def.id() + ": remedies");
            assertTrue(spec.references().size() >= 1, def.id() + ": references");
            assertTrue(spec.remedies().stream().anyMatch(r -> r.contains("`")), def.id() + ": a concrete command or knob");
            assertTrue(!spec.title().isBlank() && spec.severity() != null, def.id());
        }
    }

    @Test
    void userSpecsAddAndReplaceBrokenOnesAreSkippedWithAMessage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.json"), """
                {"id": "MY_WATCHDOG", "title": "My daemon's watchdog fired", "severity": "warning",
                 "explanation": "My daemon logs this when a worker misses its deadline.",
                 "remedies": ["restart it"], "references": [],
                 "clues": [{"id": "line", "kind": "log", "anchor": true, "weight": 0.9, "regex": "mydaemon: missed"}]}
                """);
        Files.writeString(dir.resolve("override.json"), """
                {"id": "HUNG_TASK", "title": "Hung task (site rule)", "severity": "critical",
                 "explanation": "Site rule.",
                 "clues": [{"id": "line", "kind": "log", "anchor": true, "regex": "blocked for more than"}]}
                """);
        Files.writeString(dir.resolve("syntax.json"), "{\"id\": \"BROKEN\",\n  \"title\": }");
        Files.writeString(dir.resolve("typo.json"), """
                {"id": "TYPO", "title": "t", "severity": "info", "explanation": "e",
                 "clues": [{"id": "c", "kind": "log", "anchor": true, "regexp": "x"}]}
                """);
        Files.writeString(dir.resolve("regex.json"), """
                {"id": "BAD_REGEX", "title": "t", "severity": "info", "explanation": "e",
                 "clues": [{"id": "c", "kind": "log", "anchor": true, "regex": "(unclosed"}]}
                """);
        Files.writeString(dir.resolve("detector.json"), """
                {"id": "BAD_DETECTOR", "title": "t", "severity": "info", "explanation": "e",
                 "clues": [{"id": "c", "kind": "detector", "anchor": true, "detector": "throttleGap"}]}
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a spec");
        PatternLibrary library = PatternLibrary.load(Detectors.byName(), dir);
        List<String> ids = library.patterns().stream().map(PatternDef::id).toList();
        assertEquals(25, ids.size(), ids.toString());
        assertEquals("MY_WATCHDOG", ids.get(24));
        PatternDef hung = library.patterns().stream().filter(d -> d.id().equals("HUNG_TASK")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, hung.severity());
        assertTrue(hung.origin().endsWith("override.json"));

        List<String> messages = library.messages();
        assertEquals(4, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("detector.json") && messages.get(0).contains("unknown detector 'throttleGap'")
                && messages.get(0).contains("throttleGaps"), messages.get(0));
        assertTrue(messages.get(1).contains("regex.json") && messages.get(1).contains("clue 'c': bad regex"),
                messages.get(1));
        assertTrue(messages.get(2).contains("syntax.json at line 2"), messages.get(2));
        assertTrue(messages.get(3).contains("typo.json") && messages.get(3).contains("regexp"), messages.get(3));
        messages.forEach(m -> assertTrue(m.startsWith("pattern spec skipped: "), m));
    }

    @Test
    void aMissingUserDirectoryIsNotAnError(@TempDir Path dir) {
        PatternLibrary library = PatternLibrary.load(Detectors.byName(), dir.resolve("absent"));
        assertEquals(24, library.patterns().size());
        assertEquals(List.of(), library.messages());
    }
}
