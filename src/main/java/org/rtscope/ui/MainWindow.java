package org.rtscope.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.rtscope.model.Case;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.Trace;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.Viewport;
import org.rtscope.workspace.ConfigDir;
import org.rtscope.workspace.RecentFiles;

/**
 * The main window's content and the one place that owns what is shown: the trace of the current
 * {@link Case}, the shared {@link Viewport} and {@link Selection}. Toolbar on top; timeline over the event table
 * on the left, the inspector on the right; status bar at the bottom.
 *
 * <p>Loading runs as a {@link CaseLoadTask}; a load that yields no events keeps the case already
 * shown, so a wrong file never costs the user what they had open.
 */
public final class MainWindow {
    private static final Duration TABLE_DEBOUNCE = Duration.millis(150);

    private final BorderPane root = new BorderPane();
    private final Viewport viewport = new Viewport();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final TimelineView timeline = new TimelineView(viewport, selection);
    private final EventTable events = new EventTable(selection);
    private final InspectorView inspector = new InspectorView();
    private final StatusBar status = new StatusBar();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("rtscope");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final PauseTransition tableUpdate = new PauseTransition(TABLE_DEBOUNCE);
    private final SplitPane timelineOverTable = new SplitPane(timeline, events);
    private final CaseFileActions caseFiles;
    private Case.Source shown;
    private Case current;
    private CaseLoadTask task;

    public MainWindow() {
        root.getStyleClass().add("main-window");
        caseFiles = new CaseFileActions(this, new PopupNotifier(root), new MissingSourceDialog(root),
                new RecentFiles(ConfigDir.resolve()));
        root.setTop(new VBox(FileMenu.create(this, caseFiles, new ExportActions(this, caseFiles)), toolBar()));
        timelineOverTable.setOrientation(Orientation.VERTICAL);
        timelineOverTable.setDividerPositions(0.5);
        SplitPane centre = new SplitPane(timelineOverTable, inspector);
        centre.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(inspector, false);
        root.setCenter(centre);
        root.setBottom(status);

        tableUpdate.setOnFinished(e -> events.showRange(viewport.start(), viewport.end()));
        viewport.addListener(() -> {
            if (trace() != null) {
                status.showRange(viewport);
                tableUpdate.playFromStart();
            }
        });
        selection.addListener((o, old, now) -> inspect(now));
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        root.sceneProperty().addListener((o, old, scene) -> installShortcuts(scene));
        new DropHandler(root, caseFiles::add).install();
    }

    public Parent root() {
        return root;
    }

    /** "rtscope — file" of the shown trace. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while files are being loaded. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The trace on screen, or null. */
    public Trace trace() {
        return shown == null ? null : shown.trace();
    }

    public Viewport viewport() {
        return viewport;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public InspectorView inspector() {
        return inspector;
    }

    /** The case shown (every source opened together), or null. */
    public Case currentCase() {
        return current;
    }

    /** The selected slice or event (null for none). */
    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    /** Opens files and folders (or a case file) as a new case in the background. */
    public void open(List<Path> paths) {
        caseFiles.open(paths);
    }

    /** Runs {@code request} in the background, cancelling a load still running. */
    public void load(CaseRequest request) {
        if (task != null) {
            task.cancel();
        }
        CaseLoadTask next = new CaseLoadTask(request);
        task = next;
        next.setOnSucceeded(e -> finished(next, () -> accept(next.getValue(), next)));
        next.setOnFailed(e -> finished(next, () -> status.showMessage("Could not open " + next.getTitle() + ": "
                + next.getException())));
        next.setOnCancelled(e -> finished(next, () -> status.showMessage("Loading " + next.getTitle()
                + " cancelled" + (shown == null ? "" : "; still showing " + fileName(shown)))));
        status.showLoading(next);
        loading.set(true);
        Thread thread = new Thread(next, "rtscope-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for files (several may be picked) and opens them as a new case. */
    public void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open traces and logs");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Trace text", "*.txt", "*.trace", "*.log"),
                new FileChooser.ExtensionFilter("rtscope case", "*.rtscope"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (shown != null) {
            File dir = Path.of(shown.report().path()).toAbsolutePath().getParent().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        List<File> files = chooser.showOpenMultipleDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (files != null) {
            open(files.stream().map(File::toPath).toList());
        }
    }

    private void finished(CaseLoadTask done, Runnable then) {
        if (done != task) {
            return;
        }
        task = null;
        status.showLoading(null);
        status.showMessage("");
        then.run();
        loading.set(false);
    }

    private void accept(Case loaded, CaseLoadTask done) {
        showWarnings(loaded);
        Case.Source primary = loaded.primary();
        if (primary == null || primary.trace().isEmpty()) {
            status.showMessage("No trace events in " + done.getTitle()
                    + (shown == null ? "" : "; still showing " + fileName(shown)));
            return;
        }
        current = loaded;
        if (primary != shown) {
            show(primary);
        }
        done.request().whenShown().accept(loaded);
    }

    /** Names the window after {@code name} (a file or case file). */
    void showName(String name) {
        title.set("rtscope — " + name);
    }

    private void show(Case.Source primary) {
        shown = primary;
        Trace trace = primary.trace();
        selection.set(null);
        events.setTrace(trace);
        timeline.setTrace(trace);
        status.showSource(fileName(primary), trace.size());
        viewport.setBounds(trace.start(), trace.end());
        fitTimelineHeight(trace.cpuCount());
        showName(fileName(primary));
        if (primary.report().cancelled()) {
            status.showMessage(String.format("Loading stopped early: showing the first %,d events", trace.size()));
        }
        timeline.requestFocus();
    }

    /** Gives the timeline the height its lanes need (within limits) and the event table the rest. */
    private void fitTimelineHeight(int lanes) {
        double height = timelineOverTable.getHeight();
        if (height > 0) {
            double wanted = (LaneLayout.preferredHeight(lanes) + 2 * LaneLayout.LANE_GAP) / height;
            timelineOverTable.setDividerPositions(Math.max(0.2, Math.min(0.62, wanted)));
        }
    }

    private void showWarnings(Case loaded) {
        List<String> lines = new ArrayList<>();
        for (Case.Source source : loaded.sources()) {
            String name = fileName(source);
            for (ImportWarning warning : source.report().warnings()) {
                lines.add(warning.line() > 0 ? name + ":" + warning.line() + ": " + warning.message()
                        : name + ": " + warning.message());
            }
            if (source.report().skipped() > 0) {
                lines.add(name + ": " + source.report().skipped() + " lines skipped in total");
            }
        }
        status.showWarnings(lines, lines.size());
    }

    private void inspect(Selection now) {
        Trace trace = trace();
        if (now == null || trace == null) {
            inspector.clear();
        } else if (now instanceof Selection.Slice slice) {
            inspector.show(InspectorContent.ofSlice(trace, slice.cpu(), slice.index()));
        } else if (now instanceof Selection.Event event) {
            inspector.show(InspectorContent.ofEvent(trace, fileName(shown), event.index()));
        }
    }

    private static String fileName(Case.Source source) {
        return String.valueOf(Path.of(source.report().path()).getFileName());
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || trace() == null) {
            return;
        }
        if (timeline.navigate(e.getCode())) {
            e.consume();
        }
    }

    private void installShortcuts(Scene scene) {
        if (scene != null) {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseFiles);
        }
    }

    private ToolBar toolBar() {
        Button open = button(MaterialDesignF.FOLDER_OPEN, "Open traces and logs (Ctrl+O)", this::chooseFiles);
        Button zoomIn = button(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in (W, +)",
                () -> viewport.zoomAtCentre(TimelineView.ZOOM_STEP));
        Button zoomOut = button(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out (S, -)",
                () -> viewport.zoomAtCentre(1 / TimelineView.ZOOM_STEP));
        Button fit = button(MaterialDesignF.FIT_TO_PAGE_OUTLINE, "Show everything (F)", viewport::fit);
        Label keys = new Label("W/S zoom · A/D pan · F fit · drag to pan · wheel zooms at the cursor");
        keys.getStyleClass().add("toolbar-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(open, new Separator(), zoomIn, zoomOut, fit, spacer, keys);
    }

    private static Button button(Ikon icon, String tooltip, Runnable action) {
        Button button = new Button();
        button.setGraphic(new FontIcon(icon));
        button.setTooltip(new Tooltip(tooltip));
        button.getStyleClass().add("toolbar-button");
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
