package org.rtscope.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The installer's three descriptions of rtscope's file types agree: every association's extension is
 * a glob of its type in the MIME XML, every type is in the menu entry's MimeType list (so
 * double-clicking any of them offers rtscope), the entry takes several files (%F), and the README
 * documents each extension and type.
 */
class InstallerFilesTest {

    @Test
    void associationsMimeXmlAndDesktopEntryAgree() throws Exception {
        Map<String, List<String>> globs = InstallerFiles.mimeGlobs();
        for (InstallerFiles.Association association : InstallerFiles.associations()) {
            assertTrue(globs.getOrDefault(association.mimeType(), List.of()).contains("*." + association.extension()),
                    association + " in rtscope-traces.xml: " + globs);
        }
        Map<String, String> desktop = InstallerFiles.desktopEntry(InstallerFiles.INSTALLER.resolve("resources/rtscope.desktop"));
        Set<String> listed = new LinkedHashSet<>(Arrays.asList(desktop.get("MimeType").split(";")));
        assertEquals(globs.keySet(), listed, "the .desktop lists exactly the types of the MIME XML");
        assertEquals("APPLICATION_LAUNCHER %F", desktop.get("Exec"));
    }

    @Test
    void traceDatIsRecognisedByNameAndMagicNotByTheGenericExtension() throws Exception {
        assertEquals(List.of("trace.dat"), InstallerFiles.mimeGlobs().get("application/x-trace-cmd-dat"));
        assertTrue(InstallerFiles.associations().stream().noneMatch(a -> a.extension().equals("dat")));
    }

    @Test
    void theReadmeDocumentsEveryExtensionAndType() throws Exception {
        String readme = Files.readString(InstallerFiles.INSTALLER.resolve("README.md"));
        for (InstallerFiles.Association association : InstallerFiles.associations()) {
            assertTrue(readme.contains("`." + association.extension() + "`"), association.extension());
        }
        for (String type : InstallerFiles.mimeGlobs().keySet()) {
            assertTrue(readme.contains("`" + type + "`"), type);
        }
    }
}
