package org.rtscope.analysis.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.KernelLogFixture;
import org.rtscope.analysis.Severity;
import org.rtscope.analysis.detect.Detectors;
import org.rtscope.model.Case;

/** The engine's rules on small specs and log excerpts: anchoring, correlation, requires/excludes, grouping, confidence. */
class PatternEngineTest {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private static PatternDef def(String json) throws Exception {
        return PatternDef.compile(JSON.readValue(json, PatternSpec.class), "test.json", Detectors.byName());
    }

    private static List<Finding> run(PatternDef def, String log) {
        Case aCase = new Case(List.of(KernelLogFixture.source("dmesg.txt", log)));
        return PatternEngine.run(List.of(def), new CaseView(aCase, AnalysisSettings.DEFAULTS));
    }

    private static final String KILL = """
            {"id": "KILL", "title": "Something was killed", "severity": "error",
             "summaries": ["{comm} ({tid}) was killed", "never used: {missing}"],
             "explanation": "It was killed by {killer|someone}.",
             "remedies": ["r"], "references": ["x(1)"], "window": 2,
             "clues": [
               {"id": "kill", "kind": "log", "anchor": true, "weight": 0.6,
                "regex": "killed (?<comm>\\\\w+)\\\\[(?<pid>\\\\d+)\\\\]", "correlate": {"task": true}},
               {"id": "who", "kind": "log", "weight": 0.5, "regex": "killer=(?<killer>\\\\w+)"},
               {"id": "sameTask", "kind": "log", "weight": 0.5, "regex": "note (?<comm>\\\\w+)\\\\[(?<pid>\\\\d+)\\\\]",
                "correlate": {"task": true, "anywhere": true}},
               {"id": "alibi", "kind": "log", "regex": "alibi"}],
             "excludes": ["alibi"],
             "causes": [{"id": "c", "requires": ["who"], "text": "{killer} did it"}]}
            """;

    @Test
    void anAnchorStartsAFindingAndCorrelatedCluesAddEvidenceValuesAndConfidence() throws Exception {
        List<Finding> findings = run(def(KILL), String.join("\n",
                "[   10.000000] note app[42]",
                "[  100.000000] killed app[42]",
                "[  101.000000] killer=oom",
                "[  200.000000] killer=late"));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("app (42) was killed", f.title());
        assertEquals("It was killed by oom.", f.explanation());
        assertEquals("oom did it", f.cause());
        assertEquals(100_000_000_000L, f.start());
        assertEquals(List.of(new Finding.TaskRef(42, 42, "app")), f.tasks());
        assertEquals(List.of(2, 3, 1), f.evidence().stream().map(e -> (int) e.line()).toList(),
                "clue order; the 'late' line is outside the 2 s window; the note matched anywhere by task");
        assertEquals(1 - 0.4 * 0.5 * 0.5, f.confidence(), 0.005);
        assertEquals(List.of("x(1)"), f.references());
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void anExcludingClueNearTheAnchorRulesTheFindingOut() throws Exception {
        assertEquals(List.of(), run(def(KILL), "[  100.000000] killed app[42]\n[  100.500000] alibi"));
        assertEquals(1, run(def(KILL), "[  100.000000] killed app[42]\n[  150.000000] alibi").size(),
                "an alibi 50 s later is about something else");
    }

    @Test
    void differentTasksAreDifferentFindingsAndFallBackToLenientTexts() throws Exception {
        List<Finding> findings = run(def(KILL), "[  100.000000] killed app[42]\n[  100.100000] killed other[43]");
        assertEquals(2, findings.size());
        assertEquals("It was killed by someone.", findings.get(0).explanation());
        assertNull(findings.get(0).cause());
    }

    @Test
    void crashReportsWithTheSameTitleAreOneFindingWithACount() throws Exception {
        PatternDef def = def("""
                {"id": "LOCKUP", "title": "Soft lockup", "severity": "critical", "crashTitle": "BUG: soft lockup in {frame}",
                 "explanation": "e.",
                 "clues": [{"id": "r", "kind": "log", "anchor": true, "weight": 0.9,
                            "regex": "soft lockup - CPU#(?<cpu>\\\\d+)"}]}
                """);
        List<Finding> findings = run(def, String.join("\n",
                "[  100.000000] watchdog: BUG: soft lockup - CPU#1 stuck for 22s! [a:1]",
                "[  100.000001] RIP: 0010:spin_here+0x1/0x2",
                "[  500.000000] watchdog: BUG: soft lockup - CPU#2 stuck for 22s! [b:2]",
                "[  500.000001] RIP: 0010:elsewhere+0x1/0x2",
                "[  900.000000] watchdog: BUG: soft lockup - CPU#1 stuck for 48s! [a:1]",
                "[  900.000001] RIP: 0010:spin_here+0x1/0x2"));
        assertEquals(2, findings.size());
        Finding first = findings.get(0);
        assertEquals("BUG: soft lockup in spin_here", first.title());
        assertEquals(2, first.count());
        assertEquals(100_000_000_000L, first.start());
        assertEquals(900_000_000_000L, first.end());
        assertEquals("BUG: soft lockup in elsewhere", findings.get(1).title());
        assertEquals(0.9, first.confidence(), 1e-9);
    }

    @Test
    void requiresNeedsOneOfEachGroup() throws Exception {
        PatternDef def = def("""
                {"id": "BOTH", "title": "Both", "severity": "warning", "explanation": "e.",
                 "clues": [{"id": "a", "kind": "log", "anchor": true, "regex": "alpha"},
                           {"id": "b", "kind": "log", "regex": "beta"},
                           {"id": "c", "kind": "log", "regex": "gamma"}],
                 "requires": ["a", "b|c"]}
                """);
        assertEquals(List.of(), run(def, "[    1.000000] alpha"));
        assertEquals(1, run(def, "[    1.000000] alpha\n[    1.500000] gamma").size());
    }

    @Test
    void linesWithoutBootTimeCorrelateWithEverythingAndGiveAFindingWithoutTime() throws Exception {
        List<Finding> findings = run(def(KILL), "killed app[42]\nkiller=oom");
        assertEquals(1, findings.size());
        assertTrue(!findings.get(0).hasTime());
        assertEquals("oom did it", findings.get(0).cause());
    }

    @Test
    void matchingOnAllCoresGivesWhatMatchingOneByOneGives() {
        Case aCase = org.rtscope.ingest.CaseLoader.load(List.of(
                org.rtscope.TestData.trace("s1_rttime_kill", "trace-cmd_report.txt"),
                org.rtscope.TestData.trace("s1_rttime_kill", "dmesg_new_lines.txt")),
                org.rtscope.ingest.ImportMonitor.NONE);
        List<PatternDef> patterns = PatternLibrary.builtIn(Detectors.byName());
        CaseView view = new CaseView(aCase, AnalysisSettings.DEFAULTS);
        List<Finding> oneByOne = new java.util.ArrayList<>();
        for (PatternDef pattern : patterns) {
            oneByOne.addAll(PatternEngine.match(pattern, view));
        }
        oneByOne.sort(PatternEngine.REPORT_ORDER);
        List<Finding> parallel = PatternEngine.run(patterns, new CaseView(aCase, AnalysisSettings.DEFAULTS));
        assertTrue(!parallel.isEmpty(), "s1 has findings");
        assertEquals(oneByOne, parallel);
    }

    @Test
    void aPatternThatFailsFailsTheRun() throws Exception {
        Detector broken = new Detector() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String description() {
                return "throws";
            }

            @Override
            public java.util.Map<String, DetectorParams.Type> parameters() {
                return java.util.Map.of();
            }

            @Override
            public List<Hit> detect(CaseView view, DetectorParams params) {
                throw new IllegalStateException("broken detector");
            }
        };
        PatternDef failing = PatternDef.compile(JSON.readValue("""
                {"id": "BROKEN", "title": "t", "severity": "error", "summaries": ["s"], "explanation": "e",
                 "remedies": ["r"], "references": ["x"],
                 "clues": [{"id": "b", "kind": "detector", "anchor": true, "weight": 0.5, "detector": "broken"}]}
                """, PatternSpec.class), "broken.json", java.util.Map.of("broken", broken));
        Case aCase = new Case(List.of(KernelLogFixture.source("dmesg.txt", "[   10.000000] killed app[42]")));
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> PatternEngine.run(List.of(def(KILL), failing, def(KILL)),
                        new CaseView(aCase, AnalysisSettings.DEFAULTS)));
        assertEquals("broken detector", thrown.getMessage());
    }
}
