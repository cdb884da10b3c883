package org.rtscope.installer;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the installer's inputs: file associations, the shared-mime-info XML, the .desktop entry. */
final class InstallerFiles {
    static final Path INSTALLER = Path.of(System.getProperty("rtscope.basedir", ".")).resolve("installer");

    /** One file association: extension and MIME type. */
    record Association(String extension, String mimeType) {
    }

    private InstallerFiles() {
    }

    static List<Association> associations() throws IOException {
        List<Association> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(INSTALLER.resolve("file-associations"))) {
            for (Path file : files.sorted().toList()) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(file)) {
                    p.load(in);
                }
                found.add(new Association(p.getProperty("extension"), p.getProperty("mime-type")));
            }
        }
        return found;
    }

    /** MIME type → its glob patterns, from installer/mime/rtscope-traces.xml. */
    static Map<String, List<String>> mimeGlobs() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(INSTALLER.resolve("mime/rtscope-traces.xml").toFile());
        Map<String, List<String>> types = new LinkedHashMap<>();
        NodeList nodes = xml.getElementsByTagNameNS("http://www.freedesktop.org/standards/shared-mime-info", "mime-type");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element type = (Element) nodes.item(i);
            List<String> globs = new ArrayList<>();
            NodeList globNodes = type.getElementsByTagNameNS("*", "glob");
            for (int k = 0; k < globNodes.getLength(); k++) {
                globs.add(((Element) globNodes.item(k)).getAttribute("pattern"));
            }
            types.put(type.getAttribute("type"), globs);
        }
        return types;
    }

    /** The key/value lines of a .desktop file's [Desktop Entry] group. */
    static Map<String, String> desktopEntry(Path file) throws IOException {
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                entry.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return entry;
    }
}
