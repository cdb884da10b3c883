package org.rtscope.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources are found again after the case folder moved, or when only the case file moved. */
class SourcePathsTest {
    @TempDir
    Path dir;

    @Test
    void sourcesInTheCaseTreeAreRelativeOthersAbsolute() {
        Path caseFile = dir.resolve("cases/one/case.rtscope");
        assertEquals("trace.txt", SourcePaths.entry(caseFile, dir.resolve("cases/one/trace.txt"), "ftrace", 0).path());
        assertEquals("../../traces/t.txt",
                SourcePaths.entry(caseFile, dir.resolve("traces/t.txt"), "ftrace", 0).path());
        Path far = Path.of("/usr/share/doc/x/y/trace.txt");
        assertEquals(far.toString(), SourcePaths.entry(dir.resolve("a/b/c/d/case.rtscope"), far, "ftrace", 0).path());
    }

    @Test
    void aMovedCaseFolderFindsItsSourcesBesideIt() throws Exception {
        Path caseFile = dir.resolve("old/case.rtscope");
        CaseDocument.SourceEntry entry = SourcePaths.entry(caseFile, dir.resolve("old/trace.txt"), "ftrace", 0);
        Path moved = Files.createDirectories(dir.resolve("new"));
        Files.writeString(moved.resolve("trace.txt"), "x");
        assertEquals(moved.resolve("trace.txt"), SourcePaths.locate(moved.resolve("case.rtscope"), entry));
    }

    @Test
    void aMovedCaseFileStillFindsSourcesThatStayed() throws Exception {
        Path trace = Files.writeString(Files.createDirectories(dir.resolve("traces")).resolve("t.txt"), "x");
        CaseDocument.SourceEntry entry = SourcePaths.entry(dir.resolve("traces/case.rtscope"), trace, "ftrace", 0);
        Path elsewhere = dir.resolve("mail/attachments/case.rtscope");
        assertEquals(List.of(dir.resolve("mail/attachments/t.txt"), trace), SourcePaths.candidates(elsewhere, entry));
        assertEquals(trace, SourcePaths.locate(elsewhere, entry));
    }

    @Test
    void aVanishedSourceIsNotFound() {
        CaseDocument.SourceEntry entry = new CaseDocument.SourceEntry("gone.txt", "/nowhere/gone.txt", "ftrace", 0);
        assertNull(SourcePaths.locate(dir.resolve("case.rtscope"), entry));
        assertEquals("gone.txt", SourcePaths.fileName(entry));
    }
}
