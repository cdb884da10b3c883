package org.rtscope.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.rtscope.timeline.TimeFormat;
import org.rtscope.workspace.CaseDocument;

/**
 * The menu bar: File (open, add, recent, save, export, quit) and Case (notes). Recent entries and the
 * list of notes are rebuilt each time their menu opens, so they show what is on disk and in the case now.
 */
final class FileMenu {
    static final int NOTE_CHARS = 60;

    private FileMenu() {
    }

    static MenuBar create(MainWindow window, CaseFileActions files, ExportActions exports) {
        MenuItem open = item("Open…", window::chooseFiles, KeyCode.O, false);
        MenuItem add = item("Add Files to Case…", () -> chooseAndAdd(window, files), null, false);
        Menu recent = new Menu("Open Recent");
        recent.getItems().add(new MenuItem("(none)"));
        recent.setOnShowing(e -> fillRecent(recent, files));
        MenuItem save = item("Save Case", files::save, KeyCode.S, false);
        MenuItem saveAs = item("Save Case As…", files::saveAs, KeyCode.S, true);
        MenuItem png = item("Export PNG Report…", exports::exportPng, KeyCode.E, false);
        MenuItem json = item("Export Analysis JSON…", exports::exportJson, null, false);
        MenuItem perfetto = item("Export for Perfetto…", exports::exportPerfetto, null, false);
        MenuItem quit = item("Quit", Platform::exit, KeyCode.Q, false);
        Menu file = new Menu("File", null, open, add, recent, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), png, json, perfetto, new SeparatorMenuItem(), quit);

        MenuItem note = item("Add Note…", () -> addNote(window, files), null, false);
        Menu notes = new Menu("Notes");
        notes.setOnShowing(e -> fillNotes(notes, window, files));
        notes.getItems().add(new MenuItem("(none)"));
        Menu caseMenu = new Menu("Case", null, note, notes);
        MenuBar bar = new MenuBar(file, caseMenu);
        bar.getStyleClass().add("main-menu");
        return bar;
    }

    private static MenuItem item(String text, Runnable action, KeyCode key, boolean shift) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        if (key != null) {
            item.setAccelerator(shift ? new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                    : new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        }
        return item;
    }

    private static void chooseAndAdd(MainWindow window, CaseFileActions files) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add traces and logs to the case");
        List<File> chosen = chooser.showOpenMultipleDialog(window.root().getScene().getWindow());
        if (chosen != null) {
            files.add(chosen.stream().map(File::toPath).toList());
        }
    }

    private static void fillRecent(Menu menu, CaseFileActions files) {
        menu.getItems().clear();
        for (Path caseFile : files.recent().cases()) {
            menu.getItems().add(item(caseFile.getFileName() + "   " + caseFile.getParent(),
                    () -> files.open(List.of(caseFile)), null, false));
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        for (List<Path> group : files.recent().files()) {
            String label = CaseLoadTask.describe(group) + "   " + group.get(0).getParent();
            menu.getItems().add(item(label, () -> files.open(group), null, false));
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(nothing yet)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    private static void addNote(MainWindow window, CaseFileActions files) {
        if (window.shownCase() == null) {
            files.notifier().problem("No case open", "Open traces or logs first, then add notes to them.");
            return;
        }
        NoteDialog.ask(window, files, window.timeline().data().findings()).ifPresent(files::addNote);
    }

    private static void fillNotes(Menu menu, MainWindow window, CaseFileActions files) {
        menu.getItems().clear();
        for (CaseDocument.Note note : files.notes()) {
            String text = note.text().length() > NOTE_CHARS ? note.text().substring(0, NOTE_CHARS - 1) + "…" : note.text();
            if (note.time() != null) {
                long t = Math.round(note.time() * 1e9);
                menu.getItems().add(item(TimeFormat.seconds(t, 6) + " s   " + text, () -> centreOn(window, t), null, false));
            } else {
                long t = Math.round(note.finding().start() * 1e9);
                menu.getItems().add(item(note.finding().pattern() + "   " + text, () -> centreOn(window, t), null, false));
            }
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(no notes yet)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    /** Moves the view, keeping its span, so that {@code t} is in the middle. */
    private static void centreOn(MainWindow window, long t) {
        double half = window.viewport().span() / 2;
        window.viewport().show(t - half, t + half);
    }
}
