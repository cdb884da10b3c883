package org.rtscope.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a case file names its sources so that it survives being moved: relative to the case file when
 * the source sits in the same tree (a case folder sent to a colleague keeps working), with the
 * absolute path kept as well (a case file saved elsewhere still finds traces that did not move).
 */
public final class SourcePaths {
    /** A relative path may climb at most this many directories; beyond that it is no longer "the same tree". */
    static final int MAX_UP = 2;

    private SourcePaths() {
    }

    /** The entry for {@code source} in a case file saved as {@code caseFile}. */
    public static CaseDocument.SourceEntry entry(Path caseFile, Path source, String format, long clockOffsetNs) {
        Path absolute = source.toAbsolutePath().normalize();
        return new CaseDocument.SourceEntry(relativeIfNear(caseFile, absolute), absolute.toString(), format,
                clockOffsetNs / 1e9);
    }

    /** Where to look for a source, most likely first: beside the case file, then where it was saved from. */
    public static List<Path> candidates(Path caseFile, CaseDocument.SourceEntry entry) {
        List<Path> found = new ArrayList<>(2);
        if (entry.path() != null && !entry.path().isBlank()) {
            Path path = Path.of(entry.path());
            found.add(path.isAbsolute() ? path.normalize() : directory(caseFile).resolve(path).normalize());
        }
        if (entry.absolutePath() != null && !entry.absolutePath().isBlank()) {
            Path absolute = Path.of(entry.absolutePath()).normalize();
            if (!found.contains(absolute)) {
                found.add(absolute);
            }
        }
        return found;
    }

    /** The first candidate that is a readable file, or null when the source moved or vanished. */
    public static Path locate(Path caseFile, CaseDocument.SourceEntry entry) {
        for (Path candidate : candidates(caseFile, entry)) {
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The name a missing source had, for the "where is it?" question. */
    public static String fileName(CaseDocument.SourceEntry entry) {
        String path = entry.path() != null && !entry.path().isBlank() ? entry.path() : entry.absolutePath();
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }

    private static String relativeIfNear(Path caseFile, Path absolute) {
        Path dir = directory(caseFile);
        if (dir.getRoot() == null || !dir.getRoot().equals(absolute.getRoot())) {
            return absolute.toString();
        }
        Path relative = dir.relativize(absolute);
        int up = 0;
        for (Path part : relative) {
            if (!part.toString().equals("..")) {
                break;
            }
            up++;
        }
        return up <= MAX_UP ? relative.toString() : absolute.toString();
    }

    private static Path directory(Path caseFile) {
        Path parent = caseFile.toAbsolutePath().normalize().getParent();
        return parent == null ? caseFile.toAbsolutePath().getRoot() : parent;
    }
}
