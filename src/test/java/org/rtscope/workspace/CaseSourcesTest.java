package org.rtscope.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.TestData;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;

/** New cases, files added to an open case and cases reopened from a case file, on the real s2 recordings. */
class CaseSourcesTest {
    private static final Path REPORT = TestData.trace("s2_rt_throttling", "trace-cmd_report.txt");
    private static final Path INSTANCE = TestData.trace("s2_rt_throttling", "ftrace_instance_trace.txt");

    @TempDir
    Path dir;

    @Test
    void tellsAboutEachFileAsItIsRead() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "no trace here\n");
        List<String> heard = new ArrayList<>();
        Case loaded = CaseSources.load(List.of(notes, REPORT), ImportMonitor.NONE,
                s -> heard.add(Path.of(s.report().path()).getFileName() + (CaseSources.isEmpty(s) ? " empty" : " ok")));
        assertEquals(List.of("notes.txt empty", "trace-cmd_report.txt ok"), heard);
        assertEquals(2, loaded.sources().size());
    }

    @Test
    void addingFilesKeepsTheOpenSourcesAndAlignsOnlyTheNewOnes() {
        Case open = CaseSources.load(List.of(REPORT), ImportMonitor.NONE, null);
        Case grown = CaseSources.add(open, List.of(INSTANCE), ImportMonitor.NONE, null);
        assertEquals(2, grown.sources().size());
        assertSame(open.sources().get(0), grown.sources().get(0));
        assertEquals(CaseSources.load(List.of(REPORT, INSTANCE), ImportMonitor.NONE, null).sources().get(1).trace()
                .clockOffset(), grown.sources().get(1).trace().clockOffset(), "as if opened together");
    }

    @Test
    void aReopenedCaseGetsTheSavedOffsets() throws Exception {
        Case open = CaseSources.load(List.of(REPORT, INSTANCE), ImportMonitor.NONE, null);
        Path caseFile = dir.resolve("case.rtscope");
        CaseDocument document = CaseDocuments.describe(caseFile, open, List.of(), List.of(), null);
        CaseFiles.write(caseFile, document);
        CaseDocument read = CaseFiles.read(caseFile);
        List<Path> located = read.sources().stream().map(e -> SourcePaths.locate(caseFile, e)).toList();
        Case reopened = CaseSources.restore(CaseDocuments.toLoad(read, located), ImportMonitor.NONE, null);
        for (int i = 0; i < 2; i++) {
            assertEquals(open.sources().get(i).trace().clockOffset(), reopened.sources().get(i).trace().clockOffset());
            assertEquals(open.sources().get(i).trace().start(), reopened.sources().get(i).trace().start());
        }
        assertNull(read.view());
    }

    @Test
    void aKernelLogAddedLaterFollowsTheOpenPerfRecordingsOffset() throws Exception {
        Path report = TestData.trace("s1_rttime_kill", "trace-cmd_report.txt");
        Path perf = TestData.trace("s1_rttime_kill", "perf_script.txt");
        Path dmesg = TestData.trace("s1_rttime_kill", "dmesg_after.txt");
        Case together = CaseSources.load(List.of(report, perf, dmesg), ImportMonitor.NONE, null);
        long perfOffset = together.sources().get(1).trace().clockOffset();
        assertTrue(Math.abs(perfOffset - 34_231_000) < 1_000_000, "perf is ~34 ms behind ftrace: " + perfOffset);
        assertEquals(perfOffset, together.sources().get(2).logs().clockOffset());

        Case open = CaseSources.load(List.of(report, perf), ImportMonitor.NONE, null);
        int perfWarnings = open.sources().get(1).report().warnings().size();
        Case grown = CaseSources.add(open, List.of(dmesg), ImportMonitor.NONE, null);
        assertEquals(perfOffset, grown.sources().get(2).logs().clockOffset());
        assertEquals(perfWarnings, open.sources().get(1).report().warnings().size(), "the open perf source is untouched");

        Path caseFile = dir.resolve("s1.rtscope");
        CaseDocument document = CaseDocuments.describe(caseFile, grown, List.of(), List.of(), null);
        assertEquals(perfOffset / 1e9, document.sources().get(2).clockOffset(), 1e-12);
        Case reopened = CaseSources.restore(CaseDocuments.toLoad(document, List.of(report, perf, dmesg)),
                ImportMonitor.NONE, null);
        assertEquals(perfOffset, reopened.sources().get(2).logs().clockOffset());
        assertEquals(together.sources().get(2).logs().bootNs(0), reopened.sources().get(2).logs().bootNs(0));
    }

    @Test
    void aSavedOffsetMovesTheSourceAndSaysSo() {
        Case plain = CaseSources.load(List.of(INSTANCE), ImportMonitor.NONE, null);
        Case shifted = CaseSources.restore(List.of(new CaseSources.Saved(INSTANCE, 34_231_000)), ImportMonitor.NONE,
                null);
        assertEquals(plain.sources().get(0).trace().start() + 34_231_000, shifted.sources().get(0).trace().start());
        assertTrue(shifted.sources().get(0).report().warnings().stream()
                .anyMatch(w -> w.message().equals("clock: +34.231 ms, as saved in the case file")));
    }

    @Test
    void aReopenedCaseSkipsSourcesTheUserDidNotLocate() throws Exception {
        Case open = CaseSources.load(List.of(REPORT), ImportMonitor.NONE, null);
        CaseDocument document = CaseDocuments.describe(dir.resolve("c.rtscope"), open, List.of(), List.of(), null);
        List<Path> located = new ArrayList<>();
        located.add(null);
        assertTrue(CaseDocuments.toLoad(document, located).isEmpty());
    }
}
