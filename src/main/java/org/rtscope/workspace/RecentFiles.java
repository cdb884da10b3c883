package org.rtscope.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and case files opened lately, newest first, kept in {@code recent.json} of the
 * {@link ConfigDir}. A group of files opened together is one entry, because that is how the user
 * will want to open them again.
 *
 * <p>Every change re-reads the store before writing it, so two rtscope windows add to one list instead
 * of overwriting each other's; a damaged or missing store reads as empty (it only holds shortcuts).
 */
public final class RecentFiles {
    /** Entries kept per list. */
    public static final int LIMIT = 10;
    static final String FILE_NAME = "recent.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path store;

    /** What the store holds. */
    record Stored(List<List<String>> files, List<String> cases) {
        Stored {
            files = files == null ? List.of() : files.stream().filter(g -> g != null && !g.isEmpty()).toList();
            cases = cases == null ? List.of() : cases.stream().filter(c -> c != null && !c.isBlank()).toList();
        }
    }

    public RecentFiles(Path configDir) {
        this.store = configDir.resolve(FILE_NAME);
    }

    /** The groups of files opened lately, newest first. */
    public List<List<Path>> files() {
        return read().files().stream().map(g -> g.stream().map(Path::of).toList()).toList();
    }

    /** The case files opened or saved lately, newest first. */
    public List<Path> cases() {
        return read().cases().stream().map(Path::of).toList();
    }

    /** Puts {@code paths} (opened together) at the top of the recent files. */
    public void addFiles(List<Path> paths) throws IOException {
        List<String> group = paths.stream().map(RecentFiles::key).toList();
        Stored now = read();
        write(new Stored(front(now.files(), group), now.cases()));
    }

    /** Puts {@code caseFile} at the top of the recent cases. */
    public void addCase(Path caseFile) throws IOException {
        Stored now = read();
        write(new Stored(now.files(), front(now.cases(), key(caseFile))));
    }

    /** Forgets a group of files (e.g. one that no longer exists). */
    public void removeFiles(List<Path> paths) throws IOException {
        List<String> group = paths.stream().map(RecentFiles::key).toList();
        Stored now = read();
        write(new Stored(now.files().stream().filter(g -> !g.equals(group)).toList(), now.cases()));
    }

    /** Forgets a case file. */
    public void removeCase(Path caseFile) throws IOException {
        String key = key(caseFile);
        Stored now = read();
        write(new Stored(now.files(), now.cases().stream().filter(c -> !c.equals(key)).toList()));
    }

    private Stored read() {
        if (!Files.isRegularFile(store)) {
            return new Stored(null, null);
        }
        try {
            Stored stored = MAPPER.readValue(store.toFile(), Stored.class);
            return stored == null ? new Stored(null, null) : stored;
        } catch (IOException e) {
            return new Stored(null, null);
        }
    }

    private void write(Stored stored) throws IOException {
        AtomicFile.write(store, out -> MAPPER.writeValue(out, stored));
    }

    private static <T> List<T> front(List<T> list, T item) {
        List<T> result = new ArrayList<>(LIMIT);
        result.add(item);
        for (T existing : list) {
            if (result.size() == LIMIT) {
                break;
            }
            if (!existing.equals(item)) {
                result.add(existing);
            }
        }
        return result;
    }

    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
