package org.rtscope.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recent files and cases: newest first, no duplicates, bounded, shared by two windows, robust to damage. */
class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void newestFirstWithoutDuplicatesAndBounded() throws Exception {
        RecentFiles recent = new RecentFiles(dir);
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        recent.addFiles(List.of(a));
        recent.addFiles(List.of(a, b));
        recent.addFiles(List.of(a));
        assertEquals(List.of(List.of(a), List.of(a, b)), recent.files());
        for (int i = 0; i < 15; i++) {
            recent.addCase(dir.resolve("case" + i + ".rtscope"));
        }
        assertEquals(RecentFiles.LIMIT, recent.cases().size());
        assertEquals(dir.resolve("case14.rtscope"), recent.cases().get(0));
        recent.removeCase(dir.resolve("case14.rtscope"));
        recent.removeFiles(List.of(a));
        assertEquals(dir.resolve("case13.rtscope"), recent.cases().get(0));
        assertEquals(List.of(List.of(a, b)), recent.files());
    }

    @Test
    void twoWindowsAddToOneList() throws Exception {
        RecentFiles first = new RecentFiles(dir);
        RecentFiles second = new RecentFiles(dir);
        first.addCase(dir.resolve("one.rtscope"));
        second.addCase(dir.resolve("two.rtscope"));
        assertEquals(List.of(dir.resolve("two.rtscope"), dir.resolve("one.rtscope")), first.cases());
    }

    @Test
    void aDamagedStoreReadsAsEmptyAndIsRewritten() throws Exception {
        Files.writeString(dir.resolve(RecentFiles.FILE_NAME), "{\"files\": [[\"/a\"");
        RecentFiles recent = new RecentFiles(dir);
        assertEquals(List.of(), recent.files());
        recent.addFiles(List.of(Path.of("/a")));
        assertEquals(List.of(List.of(Path.of("/a"))), new RecentFiles(dir).files());
    }

    @Test
    void configDirFollowsXdg() {
        assertEquals(Path.of("/cfg/rtscope"), ConfigDir.resolve(Map.of("XDG_CONFIG_HOME", "/cfg"), "/home/u"));
        assertEquals(Path.of("/home/u/.config/rtscope"), ConfigDir.resolve(Map.of(), "/home/u"));
        assertEquals(Path.of("/home/u/.config/rtscope"),
                ConfigDir.resolve(Map.of("XDG_CONFIG_HOME", "relative/dir"), "/home/u"), "relative values are ignored");
    }
}
