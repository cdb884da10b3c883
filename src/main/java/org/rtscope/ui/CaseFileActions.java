package org.rtscope.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.FileChooser;
import org.rtscope.model.Case;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.Trace;
import org.rtscope.workspace.CaseDocument;
import org.rtscope.workspace.CaseDocuments;
import org.rtscope.workspace.CaseFileException;
import org.rtscope.workspace.CaseFiles;
import org.rtscope.workspace.CaseSources;
import org.rtscope.workspace.RecentFiles;
import org.rtscope.workspace.SourcePaths;

/**
 * Everything about getting files into the window and the case out to a file: open files or folders as
 * a new case, add them to the open case (what a drop does), open and save {@code .rtscope} case files
 * with the markers, notes and view they hold, and remember what was opened.
 *
 * <p>Each file is reported as soon as it has been read: one that yields nothing raises a notification
 * naming it and why, while the others go on loading. Files found in dropped folders that rtscope does
 * not recognise are summed up in one notification instead. A case file that cannot be read leaves the
 * open case as it is.
 */
public final class CaseFileActions {
    static final int NAMES_LISTED = 4;

    private final MainWindow window;
    private final Notifier notifier;
    private final SourceLocator locator;
    private final RecentFiles recent;
    private final ObservableList<CaseDocument.Note> notes = FXCollections.observableArrayList();
    private Path caseFile;

    public CaseFileActions(MainWindow window, Notifier notifier, SourceLocator locator, RecentFiles recent) {
        this.window = window;
        this.notifier = notifier;
        this.locator = locator;
        this.recent = recent;
    }

    /** The case file the open case was read from or saved to, or null. */
    public Path caseFile() {
        return caseFile;
    }

    /** The user's notes on the open case (times and findings). */
    public ObservableList<CaseDocument.Note> notes() {
        return notes;
    }

    public RecentFiles recent() {
        return recent;
    }

    public Notifier notifier() {
        return notifier;
    }

    /** Opens files and folders as a new case; a case file among them opens that case, with the others added. */
    public void open(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        Path caseFileGiven = firstCaseFile(paths);
        if (caseFileGiven != null) {
            openCase(caseFileGiven, others(paths, caseFileGiven));
            return;
        }
        window.load(new CaseRequest(CaseLoadTask.describe(paths),
                monitor -> CaseSources.load(expand(paths, Set.of()), monitor, this::reportIfEmpty),
                loaded -> {
                    startSession(null, List.of());
                    remember(() -> recent.addFiles(paths));
                }));
    }

    /** Adds files and folders to the open case (what a drop does), or opens them when no case is open. */
    public void add(List<Path> paths) {
        Case open = window.shownCase();
        if (open == null || firstCaseFile(paths) != null) {
            open(paths);
            return;
        }
        Set<Path> already = open.sources().stream().map(s -> normal(Path.of(s.report().path())))
                .collect(Collectors.toSet());
        CaseDocument.ViewState view = ViewStates.capture(window);
        List<CaseDocument.Marker> markers = ViewStates.markers(window);
        window.load(new CaseRequest("adding " + CaseLoadTask.describe(paths),
                monitor -> CaseSources.add(open, expand(paths, already), monitor, this::reportIfEmpty),
                loaded -> {
                    // adding files keeps the user where they were (the selection may name another trace now)
                    ViewStates.restore(window,
                            view == null ? null : new CaseDocument.ViewState(view.start(), view.end(), null));
                    ViewStates.restoreMarkers(window, markers);
                }));
    }

    /** Opens a case file, asking for sources that moved, then adds {@code extra} files to it. */
    public void openCase(Path file, List<Path> extra) {
        CaseDocument document;
        try {
            document = CaseFiles.read(file);
        } catch (CaseFileException e) {
            notifier.problem("Cannot open " + file.getFileName(), e.getMessage());
            return;
        }
        List<Path> located = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (CaseDocument.SourceEntry entry : document.sources()) {
            Path found = SourcePaths.locate(file, entry);
            if (found == null) {
                SourceLocator.Answer answer = locator.locate(file, entry, SourcePaths.candidates(file, entry));
                if (answer.cancel()) {
                    return;
                }
                found = answer.path();
                if (found != null) {
                    moved.add(String.valueOf(found.getFileName()));
                }
            }
            located.add(found);
        }
        List<CaseSources.Saved> toLoad = CaseDocuments.toLoad(document, located);
        if (toLoad.isEmpty()) {
            notifier.problem("Nothing to open in " + file.getFileName(), "None of its source files was found.");
            return;
        }
        window.load(new CaseRequest(String.valueOf(file.getFileName()), monitor -> {
            Case restored = CaseSources.restore(toLoad, monitor, this::reportIfEmpty);
            return extra.isEmpty() ? restored
                    : CaseSources.add(restored, expand(extra, Set.of()), monitor, this::reportIfEmpty);
        }, loaded -> {
            startSession(file, document.notes());
            ViewStates.restore(window, document.view());
            ViewStates.restoreMarkers(window, document.markers());
            remember(() -> recent.addCase(file));
            if (!moved.isEmpty()) {
                notifier.done("Sources located", String.join(", ", moved)
                        + ": save the case (Ctrl+S) to remember where they are now.");
            }
        }));
    }

    /** Saves to the case file, asking for one the first time. Returns whether it was saved. */
    public boolean save() {
        return caseFile == null ? saveAs() : saveTo(caseFile);
    }

    /** Asks where to save the case, then saves it there. */
    public boolean saveAs() {
        Case open = window.shownCase();
        if (open == null) {
            notifier.problem("Nothing to save", "Open traces or logs first.");
            return false;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save case");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("rtscope case", "*" + CaseFiles.EXTENSION));
        Path suggested = caseFile != null ? caseFile : suggestedCaseFile(open);
        if (suggested.getParent() != null && suggested.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(suggested.getParent().toFile());
        }
        chooser.setInitialFileName(String.valueOf(suggested.getFileName()));
        File chosen = chooser.showSaveDialog(
                window.root().getScene() == null ? null : window.root().getScene().getWindow());
        if (chosen == null) {
            return false;
        }
        Path target = chosen.toPath();
        if (!CaseFiles.isCaseFile(target)) {
            target = target.resolveSibling(target.getFileName() + CaseFiles.EXTENSION);
        }
        return saveTo(target);
    }

    /** Writes the open case with its markers, notes and view to {@code target}, which becomes the case file. */
    public boolean saveTo(Path target) {
        Case open = window.shownCase();
        if (open == null) {
            notifier.problem("Nothing to save", "Open traces or logs first.");
            return false;
        }
        CaseDocument document = CaseDocuments.describe(target, open, ViewStates.markers(window), List.copyOf(notes),
                ViewStates.capture(window));
        try {
            CaseFiles.write(target, document);
        } catch (IOException e) {
            notifier.problem("Could not save " + target.getFileName(), String.valueOf(e.getMessage()));
            return false;
        }
        caseFile = target;
        window.showName(String.valueOf(target.getFileName()));
        remember(() -> recent.addCase(target));
        notifier.done("Saved " + target.getFileName(), target.toAbsolutePath().toString());
        return true;
    }

    /** Adds a note to the open case. */
    public void addNote(CaseDocument.Note note) {
        notes.add(note);
    }

    /** The time a note should default to: the selected slice or event, else the middle of the view (ns). */
    public long noteTime() {
        Trace trace = window.trace();
        Selection selected = window.selectionProperty().get();
        if (trace != null && selected instanceof Selection.Slice slice && slice.cpu() < trace.cpuCount()) {
            CpuSlices slices = trace.slices(slice.cpu());
            return slice.index() < slices.size() ? slices.start(slice.index()) : Math.round(window.viewport().start());
        }
        if (trace != null && selected instanceof Selection.Event event && event.index() < trace.size()) {
            return trace.ts(event.index());
        }
        return Math.round((window.viewport().start() + window.viewport().end()) / 2);
    }

    private void startSession(Path file, List<CaseDocument.Note> savedNotes) {
        caseFile = file;
        notes.setAll(savedNotes);
        if (file != null) {
            window.showName(String.valueOf(file.getFileName()));
        }
    }

    /** Runs on the loading thread for each file read: a file that gave nothing gets a notification. */
    private void reportIfEmpty(Case.Source source) {
        if (!CaseSources.isEmpty(source)) {
            return;
        }
        String name = String.valueOf(Path.of(source.report().path()).getFileName());
        String why = source.report().warnings().stream().filter(w -> w.line() == 0).map(ImportWarning::message)
                .findFirst().orElse("no events, log records or reports found");
        Platform.runLater(() -> notifier.problem("Could not open " + name, why));
    }

    /** The files to load for {@code paths} (folders expanded), leaving out those in {@code already}; off the FX thread. */
    private List<Path> expand(List<Path> paths, Set<Path> already) {
        DroppedFiles.Expansion expansion = DroppedFiles.expand(paths);
        List<Path> files = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (Path file : expansion.files()) {
            if (already.contains(normal(file))) {
                duplicates.add(String.valueOf(file.getFileName()));
            } else {
                files.add(file);
            }
        }
        if (!duplicates.isEmpty()) {
            Platform.runLater(() -> notifier.done("Already in the case", names(duplicates)));
        }
        if (!expansion.skipped().isEmpty()) {
            List<String> skipped = expansion.skipped().stream().map(p -> String.valueOf(p.getFileName())).toList();
            Platform.runLater(() -> notifier.done("Skipped " + skipped.size() + " file" + (skipped.size() == 1 ? "" : "s")
                    + " in dropped folders", names(skipped) + " (not a trace, log or backtrace rtscope reads)"));
        }
        return files;
    }

    private void remember(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            notifier.problem("Could not update the recent files", String.valueOf(e.getMessage()));
        }
    }

    /** An I/O step whose failure is reported, not thrown. */
    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    static String names(List<String> names) {
        String listed = String.join(", ", names.subList(0, Math.min(NAMES_LISTED, names.size())));
        return names.size() > NAMES_LISTED ? listed + " and " + (names.size() - NAMES_LISTED) + " more" : listed;
    }

    private static Path suggestedCaseFile(Case open) {
        Case.Source primary = open.primary() != null ? open.primary() : open.sources().get(0);
        Path source = Path.of(primary.report().path()).toAbsolutePath();
        String name = String.valueOf(source.getFileName()).replaceFirst("\\.[^.]*$", "");
        return source.resolveSibling(name + CaseFiles.EXTENSION);
    }

    private static Path firstCaseFile(List<Path> paths) {
        return paths.stream().filter(CaseFiles::isCaseFile).findFirst().orElse(null);
    }

    private static List<Path> others(List<Path> paths, Path except) {
        return paths.stream().filter(p -> !p.equals(except)).toList();
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
