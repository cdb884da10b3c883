package org.rtscope.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rtscope.ingest.Sniffer;
import org.rtscope.model.SourceFormat;
import org.rtscope.workspace.CaseFiles;

/**
 * What a drop (or a command line) of files and folders means as a list of files to load. Files named
 * one by one are all loaded, so each one that fails gets a message. Folders are walked recursively, and
 * from them only files rtscope recognises are taken: a recording folder also holds READMEs, scripts
 * and notes, and a message for each of those would bury the ones that matter. Hidden files and folders
 * ({@code .git}) are not entered; case files inside folders are left alone.
 *
 * <p>Reads the first bytes of every file in a folder: call it off the FX thread.
 */
final class DroppedFiles {
    /** At most this many files are taken from folders, so a drop of a home directory cannot run away. */
    static final int MAX_FROM_FOLDERS = 500;

    /**
     * @param files   to load, in the order given, folders' files sorted by path
     * @param skipped files in folders that were left out (unrecognised, or beyond the limit)
     */
    record Expansion(List<Path> files, List<Path> skipped) {
    }

    private DroppedFiles() {
    }

    static Expansion expand(List<Path> dropped) {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        int fromFolders = 0;
        for (Path path : dropped) {
            if (!Files.isDirectory(path)) {
                add(files, path);
                continue;
            }
            for (Path file : walk(path)) {
                if (CaseFiles.isCaseFile(file) || fromFolders >= MAX_FROM_FOLDERS || !recognised(file)) {
                    skipped.add(file);
                } else if (add(files, file)) {
                    fromFolders++;
                }
            }
        }
        return new Expansion(files, skipped);
    }

    private static boolean add(List<Path> files, Path path) {
        Path normal = path.toAbsolutePath().normalize();
        if (files.contains(normal)) {
            return false;
        }
        files.add(normal);
        return true;
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !hiddenBelow(dir, p)).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean hiddenBelow(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean recognised(Path file) {
        try {
            return Files.size(file) > 0 && Sniffer.sniff(file) != SourceFormat.UNKNOWN;
        } catch (IOException e) {
            return false;
        }
    }
}
