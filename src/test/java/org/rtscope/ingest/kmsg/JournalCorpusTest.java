package org.rtscope.ingest.kmsg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceFormat;

/**
 * One real journal (KDE kjournald's test data) rendered by journalctl in several modes, plus a
 * verbatim export-format file ({@code ../shared/corpus/journal-manifest.tsv}): each is detected as the
 * format its {@code format} column names, and imports with the manifest's {@code records} and
 * {@code kernel_records}, and with as many boots as the file names boot ids. Skipped where the corpus
 * is not present.
 *
 * <p>In line output a message with a newline is rendered as an indented continuation line, which the
 * manifest counts as a record of its own and the importer joins to its message: the test counts those
 * lines in the raw text and allows for them. The manifest's kernel records are those of
 * {@code _TRANSPORT=kernel}; records keep the {@code SYSLOG_IDENTIFIER} the entry names (systemd
 * writes some of its messages to /dev/kmsg), so kernel-transport entries naming another identifier are
 * counted in the raw text and allowed for too.
 */
class JournalCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("rtscope.corpus", "../shared/corpus"));
    private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*\\}|(?m)^[A-Z][a-z]{2} \\d{4}-[^\\n]*\\[s=[^\\n]*(?:\\n    [^\\n]*)*");
    private static final Pattern KERNEL_TRANSPORT = Pattern.compile("_TRANSPORT\"? ?[:=] ?\"?kernel\\b");
    private static final Pattern IDENTIFIER = Pattern.compile("SYSLOG_IDENTIFIER\"? ?[:=] ?\"?([^\"\\n]+)");
    private static final Pattern BOOT_ID = Pattern.compile("(?:_BOOT_ID\"? ?[:=] ?\"?|b=|-- Boot )(\\p{XDigit}{32})");

    static Stream<Arguments> files() throws IOException {
        Path manifest = CORPUS.resolve("journal-manifest.tsv");
        if (!Files.exists(manifest)) {
            return Stream.of(Arguments.of("(corpus not present)", "", 0, 0));
        }
        List<String> lines = Files.readAllLines(manifest);
        List<String> header = List.of(lines.get(0).split("\t"));
        List<Arguments> rows = new ArrayList<>();
        for (String row : lines.subList(1, lines.size())) {
            String[] c = row.split("\t", -1);
            rows.add(Arguments.of(c[header.indexOf("file")], c[header.indexOf("format")],
                    Integer.parseInt(c[header.indexOf("records")]), Integer.parseInt(c[header.indexOf("kernel_records")])));
        }
        return rows.stream();
    }

    /** The format id for the manifest's description of how the file was made. */
    static SourceFormat expectedFormat(String description) {
        if (description.startsWith("journalctl -o short")) {
            return SourceFormat.JOURNAL_TEXT;
        }
        if (description.startsWith("journalctl -o json") || description.startsWith("journalctl -o verbose")
                || description.startsWith("journal export format")) {
            return SourceFormat.JOURNAL_JSON;
        }
        throw new IllegalArgumentException("no format known for " + description);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void importsTheManifestCounts(String file, String description, int records, int kernelRecords) throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        Path path = CORPUS.resolve(file);
        Case.Source source = CaseLoader.loadOne(path, ImportMonitor.NONE);
        SourceFormat format = expectedFormat(description);
        assertEquals(format, source.report().format(), () -> file + " " + source.report().warnings());
        assertEquals(0, source.report().skipped(), () -> source.report().warnings().toString());
        String raw = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
        LogStore logs = source.logs();
        int continuations = format == SourceFormat.JOURNAL_TEXT ? continuationLines(raw) : 0;
        assertEquals(records - continuations, logs.size());
        int kernel = 0;
        Set<Integer> boots = new HashSet<>();
        for (int i = 0; i < logs.size(); i++) {
            if (logs.ident(i).equals("kernel") && logs.pid(i) < 0) {
                kernel++;
            }
            boots.add(logs.boot(i));
        }
        assertEquals(kernelRecords - kernelTransportWithOtherIdentifier(raw), kernel);
        assertEquals(bootsNamed(raw, format), boots.size());
    }

    private static int kernelTransportWithOtherIdentifier(String raw) {
        int n = 0;
        Matcher entry = ENTRY.matcher(raw);
        while (entry.find()) {
            Matcher ident = IDENTIFIER.matcher(entry.group());
            if (KERNEL_TRANSPORT.matcher(entry.group()).find() && ident.find() && !ident.group(1).equals("kernel")) {
                n++;
            }
        }
        return n;
    }

    private static int continuationLines(String raw) {
        int n = 0;
        for (String line : raw.split("\n")) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /** Distinct boot ids in the text; line output adds the unnamed boot before its first separator. */
    private static int bootsNamed(String raw, SourceFormat format) {
        Set<String> ids = new HashSet<>();
        Matcher m = BOOT_ID.matcher(raw);
        while (m.find()) {
            ids.add(m.group(1));
        }
        boolean unnamedFirst = format == SourceFormat.JOURNAL_TEXT && !raw.startsWith("-- ");
        return Math.max(1, ids.size() + (unnamedFirst ? 1 : 0));
    }
}
