package org.rtscope.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case files: what is saved comes back, and every kind of damage gets a message naming file, place and problem. */
class CaseFilesTest {
    @TempDir
    Path dir;

    private CaseDocument sample(Path caseFile) {
        Path trace = dir.resolve("traces/trace-cmd_report.txt");
        return CaseDocument.of(
                List.of(SourcePaths.entry(caseFile, trace, "trace-cmd", 0),
                        SourcePaths.entry(caseFile, dir.resolve("dmesg.txt"), "dmesg", 34_231_000)),
                List.of(new CaseDocument.Marker(1245.421123456, "A")),
                List.of(new CaseDocument.Note("gap starts here", 1245.42, null),
                        new CaseDocument.Note("the budget is 950 ms",
                                null, new CaseDocument.FindingRef("RT_THROTTLE", 1245.421123))),
                new CaseDocument.ViewState(1244.5, 1246.25, new CaseDocument.SelectionRef(1, 812, null)));
    }

    @Test
    void roundTripsEverythingItHolds() throws Exception {
        Path file = dir.resolve("case.rtscope");
        CaseDocument saved = sample(file);
        CaseFiles.write(file, saved);
        CaseDocument read = CaseFiles.read(file);
        assertEquals(saved, read);
        assertEquals("traces/trace-cmd_report.txt", read.sources().get(0).path());
        assertEquals(0.034231, read.sources().get(1).clockOffset(), 1e-12);
        assertEquals(1245421123456L, Math.round(read.markers().get(0).time() * 1e9), "nanosecond exact");
        String text = Files.readString(file);
        assertTrue(text.startsWith("{\n  \"format\" : \"rtscope-case\",\n  \"version\" : 1,"), text);
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.rtscope"),
                "{\n  \"format\": \"rtscope-case\",\n  \"version\": 1,\n  \"sources\": [ {\"path\": \"a.txt\" ]\n}\n");
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(file));
        assertEquals(4, e.line());
        assertTrue(e.column() > 20, "column " + e.column());
        assertTrue(e.getMessage().startsWith("broken.rtscope, line 4, column "), e.getMessage());
        assertTrue(e.getMessage().contains("damaged case file: Unexpected close marker ']'"), e.getMessage());
    }

    @Test
    void truncatedFileIsDamaged() throws Exception {
        Path file = dir.resolve("cut.rtscope");
        CaseFiles.write(file, sample(file));
        String full = Files.readString(file);
        Files.writeString(file, full.substring(0, full.length() / 2));
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(file));
        assertTrue(e.getMessage().contains("damaged case file: Unexpected end-of-input"), e.getMessage());
        assertTrue(e.line() > 1);
    }

    @Test
    void wrongValueTypeNamesTheField() throws IOException {
        Path file = Files.writeString(dir.resolve("typed.rtscope"), "{\"format\":\"rtscope-case\",\"version\":1,"
                + "\"sources\":[{\"path\":\"a.txt\",\"clockOffset\":\"soon\"}]}");
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(file));
        assertTrue(e.getMessage().contains("(at sources[0].clockOffset)"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void otherJsonIsNotACaseFile() throws IOException {
        Path file = Files.writeString(dir.resolve("analysis.rtscope"), "{\"tool\":\"rtscope\",\"sources\":[]}");
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(file));
        assertEquals("analysis.rtscope: not an rtscope case file (it lacks \"format\": \"rtscope-case\")",
                e.getMessage());
    }

    @Test
    void newerVersionsAndEmptyCasesAreRefusedWithAReason() throws IOException {
        Path newer = Files.writeString(dir.resolve("newer.rtscope"),
                "{\"format\":\"rtscope-case\",\"version\":7,\"sources\":[{\"path\":\"a.txt\"}]}");
        assertTrue(assertThrows(CaseFileException.class, () -> CaseFiles.read(newer)).getMessage()
                .contains("written by a newer rtscope (case file version 7; this build reads version 1)"));
        Path empty = Files.writeString(dir.resolve("empty.rtscope"), "{\"format\":\"rtscope-case\",\"version\":1}");
        assertTrue(assertThrows(CaseFileException.class, () -> CaseFiles.read(empty)).getMessage()
                .endsWith("the case lists no source files"));
        Path blank = Files.writeString(dir.resolve("blank.rtscope"), "");
        assertTrue(assertThrows(CaseFileException.class, () -> CaseFiles.read(blank)).getMessage()
                .startsWith("blank.rtscope"));
    }

    @Test
    void notesMustBeAttachedToOneThing() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.rtscope"), "{\"format\":\"rtscope-case\",\"version\":1,"
                + "\"sources\":[{\"path\":\"a.txt\"}],\"notes\":[{\"text\":\"floating\"}]}");
        assertEquals("notes.rtscope: notes[0] must be attached to either a time or a finding",
                assertThrows(CaseFileException.class, () -> CaseFiles.read(file)).getMessage());
    }

    @Test
    void unknownFieldsOfNewerMinorVersionsAreIgnored() throws Exception {
        Path file = Files.writeString(dir.resolve("extra.rtscope"), "{\"format\":\"rtscope-case\",\"version\":1,"
                + "\"theme\":\"dark\",\"sources\":[{\"path\":\"a.txt\",\"colour\":\"red\"}]}");
        assertEquals("a.txt", CaseFiles.read(file).sources().get(0).path());
    }

    @Test
    void missingFileIsNamed() {
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.read(dir.resolve("gone.rtscope")));
        assertEquals("gone.rtscope: file not found", e.getMessage());
    }

    @Test
    void aFailedSaveKeepsThePreviousFile() throws Exception {
        Path file = dir.resolve("keep.rtscope");
        CaseFiles.write(file, sample(file));
        String before = Files.readString(file);
        assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("{\"format\":".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals(before, Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("keep.rtscope"), files.map(p -> p.getFileName().toString())
                    .filter(n -> !Files.isDirectory(dir.resolve(n))).toList(), "no temporary file left");
        }
    }

    @Test
    void writtenFilesGetTheUsualPermissionsAndReplacedOnesKeepTheirs() throws Exception {
        Path usual = Files.writeString(dir.resolve("usual.txt"), "x");
        Path written = dir.resolve("written.rtscope");
        AtomicFile.write(written, out -> out.write('x'));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(written));
        Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(written, out -> out.write('y'));
        assertEquals("rw-rw----", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(written)));
    }

    @Test
    void recognisesCaseFilesByName() {
        assertTrue(CaseFiles.isCaseFile(Path.of("/x/My Case.RTSCOPE")));
        assertFalse(CaseFiles.isCaseFile(Path.of("/x/trace.txt")));
        assertFalse(CaseFiles.isCaseFile(Path.of("/")));
    }
}
