package org.rtscope.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.model.Case;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.Trace;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.TimelineData;
import org.rtscope.timeline.Viewport;
import org.rtscope.workspace.ConfigDir;
import org.rtscope.workspace.RecentFiles;

/**
 * The main window's content and the one place that owns what is shown: the {@link TimelineData} of the
 * current case, the shared {@link Viewport} and {@link Selection}, the selected finding. Toolbar on top;
 * overview, legend, timeline and event table on the left; findings, inspector and backtrace on the
 * right; status bar at the bottom. Every view changes the shared selection and follows it, so a click
 * anywhere shows up everywhere.
 *
 * <p>Loading runs as a {@link CaseLoadTask}; a load that yields nothing to show keeps the case already
 * shown, so a wrong file never costs the user what they had open. Findings arrive through
 * {@link #showAnalysis}, or from an analyzer set with {@link #setAnalyzer}, which runs after each load.
 */
public final class MainWindow {
    private static final Duration TABLE_DEBOUNCE = Duration.millis(150);

    /**
     * What the pattern engine found in a case.
     *
     * @param messages problems the engine reported without stopping (a skipped pattern file), shown with
     *                 the import warnings
     */
    public record Analysis(List<Finding> findings, List<ThrottleWindow> throttleWindows, List<String> messages) {
        public Analysis {
            findings = List.copyOf(findings);
            throttleWindows = List.copyOf(throttleWindows);
            messages = List.copyOf(messages);
        }

        public Analysis(List<Finding> findings, List<ThrottleWindow> throttleWindows) {
            this(findings, throttleWindows, List.of());
        }
    }

    private final BorderPane root = new BorderPane();
    private final Viewport viewport = new Viewport();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final TimelineView timeline = new TimelineView(viewport, selection);
    private final OverviewStrip overview = new OverviewStrip(viewport, timeline::palette);
    private final Legend legend = new Legend();
    private final EventTable events = new EventTable(selection);
    private final EventFilterBar filterBar = new EventFilterBar(events::setFilter);
    private final InspectorView inspector = new InspectorView();
    private final FindingsList findings = new FindingsList();
    private final BacktracePane backtrace = new BacktracePane();
    private final SelectionDetails details = new SelectionDetails(inspector, backtrace);
    private final Tab detailsTab = new Tab("Details", inspector);
    private final Tab findingTab = new Tab("Finding");
    private final TabPane inspectorTabs = new TabPane(detailsTab, findingTab);
    private final FindingLinks links = new FindingLinks(timeline, selection, findings, backtrace,
            () -> inspectorTabs.getSelectionModel().select(findingTab));
    private final HelpOverlay help = new HelpOverlay();
    private final StatusBar status = new StatusBar();
    private final SearchBar search = new SearchBar(this::trace, this::position, this::jumpToEvent);
    private final LaneFilterMenu laneMenu = new LaneFilterMenu(timeline.optionsProperty());
    private final ToggleButton dark = new ToggleButton();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("rtscope");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final PauseTransition tableUpdate = new PauseTransition(TABLE_DEBOUNCE);
    private final SplitPane timelineOverTable;
    private final CaseFileActions caseFiles;
    private Function<Case, Analysis> analyzer;
    private CaseLoadTask task;

    public MainWindow() {
        root.getStyleClass().add("main-window");
        caseFiles = new CaseFileActions(this, new PopupNotifier(root), new MissingSourceDialog(root),
                new RecentFiles(ConfigDir.resolve()));
        root.setTop(new VBox(FileMenu.create(this, caseFiles, new ExportActions(this, caseFiles)), toolBar()));
        BorderPane eventsPane = new BorderPane(events);
        eventsPane.setTop(filterBar);
        timelineOverTable = new SplitPane(timeline, eventsPane);
        timelineOverTable.setOrientation(Orientation.VERTICAL);
        timelineOverTable.setDividerPositions(0.55);
        VBox left = new VBox(overview, legend, timelineOverTable);
        VBox.setVgrow(timelineOverTable, Priority.ALWAYS);
        Label findingsTitle = new Label("Findings");
        findingsTitle.getStyleClass().add("pane-title");
        VBox findingsBox = new VBox(findingsTitle, findings);
        VBox.setVgrow(findings, Priority.ALWAYS);
        findingTab.setContent(links.view());
        inspectorTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane right = new SplitPane(findingsBox, inspectorTabs, backtrace);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.22, 0.72);
        SplitPane centre = new SplitPane(left, right);
        centre.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(right, false);
        root.setCenter(new StackPane(centre, help));
        root.setBottom(status);

        tableUpdate.setOnFinished(e -> events.showRange(viewport.start(), viewport.end()));
        viewport.addListener(() -> {
            if (timeline.data() != null) {
                status.showRange(viewport);
                tableUpdate.playFromStart();
            }
        });
        selection.addListener((o, old, now) -> selectionChanged(now));
        timeline.markersProperty().addListener((o, old, now) -> status.showMarkers(now.describe()));
        timeline.lanesProperty().addListener((o, old, now) -> Platform.runLater(this::fitTimelineHeight));
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        root.addEventHandler(KeyEvent.KEY_TYPED, this::onTyped);
        root.sceneProperty().addListener((o, old, scene) -> installShortcuts(scene));
        dark.selectedProperty().addListener((o, old, now) -> applyTheme(now));
        legend.show(CanvasPalette.defaults());
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

    /** The primary trace on screen, or null. */
    public Trace trace() {
        TimelineData d = timeline.data();
        return d == null || d.trace().isEmpty() ? null : d.trace();
    }

    /** The case on screen, or null. */
    public Case shownCase() {
        return timeline.data() == null ? null : timeline.data().source();
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

    public FindingsList findings() {
        return findings;
    }

    public FindingView findingView() {
        return links.view();
    }

    public BacktracePane backtrace() {
        return backtrace;
    }

    public EventTable events() {
        return events;
    }

    public EventFilterBar filterBar() {
        return filterBar;
    }

    public OverviewStrip overview() {
        return overview;
    }

    public SearchBar search() {
        return search;
    }

    public HelpOverlay help() {
        return help;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    /** True while the dark theme is on (the toolbar toggle). */
    public BooleanProperty darkThemeProperty() {
        return dark.selectedProperty();
    }

    /** Switches between the light and the dark theme. */
    public void setDarkTheme(boolean value) {
        dark.setSelected(value);
    }

    /**
     * Sets the pattern engine's entry point: after each load it runs on the loading thread and its
     * findings and throttle windows are shown as with {@link #showAnalysis}.
     */
    public void setAnalyzer(Function<Case, Analysis> value) {
        analyzer = value;
    }

    /** Shows the pattern engine's findings (in the list, ordered by time) and throttle windows (on their CPU lanes). */
    public void showAnalysis(List<Finding> found, List<ThrottleWindow> windows) {
        TimelineData d = timeline.data();
        if (d == null) {
            return;
        }
        TimelineData next = d.withAnalysis(found, windows);
        timeline.setData(next);
        overview.setData(next);
        links.show(next);
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
        CaseLoadTask next = new CaseLoadTask(request, analyzer);
        task = next;
        next.setOnSucceeded(e -> finished(next, () -> accept(next.getValue(), next)));
        next.setOnFailed(e -> finished(next, () -> status.showMessage("Could not open " + next.getTitle() + ": "
                + next.getException())));
        next.setOnCancelled(e -> finished(next, () -> status.showMessage("Loading " + next.getTitle()
                + " cancelled" + (timeline.data() == null ? "" : "; still showing " + title.get()))));
        status.showLoading(next);
        timeline.showLoading(next.getTitle());
        findings.showLoading(true);
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
                new FileChooser.ExtensionFilter("Traces and logs", "*.txt", "*.trace", "*.log", "*.dat"),
                new FileChooser.ExtensionFilter("rtscope case", "*.rtscope"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Case shown = shownCase();
        if (shown != null && !shown.sources().isEmpty()) {
            File dir = Path.of(shown.sources().get(0).report().path()).toAbsolutePath().getParent().toFile();
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
        timeline.showLoading(null);
        findings.showLoading(false);
        status.showMessage("");
        then.run();
        loading.set(false);
    }

    private void accept(CaseLoadTask.Loaded loaded, CaseLoadTask done) {
        showWarnings(loaded.aCase(), loaded.analysis() == null ? List.of() : loaded.analysis().messages());
        TimelineData d = loaded.timeline();
        boolean nothing = d == null || d.trace().isEmpty() && d.logs().isEmpty() && d.reports().isEmpty();
        if (nothing) {
            status.showMessage("Nothing to show in " + done.getTitle()
                    + (timeline.data() == null ? "" : "; still showing " + title.get().replace("rtscope — ", "")));
            return;
        }
        selection.set(null);
        links.clear();
        backtrace.clear();
        timeline.setData(d);
        overview.setData(d);
        laneMenu.setData(d);
        events.setData(d);
        filterBar.setTrace(d.trace());
        search.reset();
        String name = d.traceName().isEmpty() ? done.request().title() : d.traceName();
        status.showSource(name, d.trace().size());
        viewport.setBounds(d.start(), d.end());
        title.set("rtscope — " + name);
        if (loaded.analysis() != null) {
            showAnalysis(loaded.analysis().findings(), loaded.analysis().throttleWindows());
        }
        fitTimelineHeight();
        inspectorTabs.getSelectionModel().select(detailsTab);
        if (loaded.aCase().sources().stream().anyMatch(s -> s.report().cancelled())) {
            status.showMessage(String.format("Loading stopped early: showing the first %,d events", d.trace().size()));
        }
        timeline.requestFocus();
        done.request().whenShown().accept(loaded.aCase());
    }

    /** Names the window after {@code name} (a file or case file). */
    void showName(String name) {
        title.set("rtscope — " + name);
    }

    /** Gives the timeline the height its lanes need (within limits) and the event table the rest. */
    private void fitTimelineHeight() {
        double height = timelineOverTable.getHeight();
        if (height > 0) {
            timeline.applyCss();
            timeline.layout();
            double wanted = (timeline.preferredLanesHeight() + 4) / height;
            timelineOverTable.setDividerPositions(Math.max(0.25, Math.min(0.72, wanted)));
        }
    }

    private void showWarnings(Case loaded, List<String> analysisMessages) {
        List<String> lines = new ArrayList<>(analysisMessages);
        for (Case.Source source : loaded.sources()) {
            String name = String.valueOf(Path.of(source.report().path()).getFileName());
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

    /** Inspector, backtrace and findings list follow the selection. */
    private void selectionChanged(Selection now) {
        details.show(timeline.data(), now, links.current());
        if (!links.followingEvidence()) {
            inspectorTabs.getSelectionModel().select(detailsTab);
            links.selectionChanged(now);
        }
    }

    /** Where the user is, for search steps: {time, selected event or -1}. */
    private long[] position() {
        TimelineData d = timeline.data();
        Selection s = selection.get();
        long[] r = d == null || s == null ? null : SelectionRange.of(d, s);
        long t = r != null ? r[0] : (long) viewport.start();
        return new long[] {t, SelectionRange.event(s)};
    }

    private void jumpToEvent(int event) {
        Trace t = trace();
        if (t == null) {
            return;
        }
        selection.set(new Selection.Event(event));
        timeline.selectedLaneProperty().set(Lane.cpu(t.cpu(event)));
        timeline.jumpTo(t.ts(event), FindingLinks.MIN_SPAN);
    }

    private void onTyped(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if ("?".equals(e.getCharacter())) {
            help.setVisible(!help.isVisible());
            e.consume();
        }
    }

    private void onKey(KeyEvent e) {
        if (help.isVisible()) {
            if (e.getCode() != KeyCode.SHIFT && e.getCode() != KeyCode.SLASH) {
                help.setVisible(false);
                e.consume();
            }
            return;
        }
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.N || e.getCode() == KeyCode.P) {
            findings.step(e.getCode() == KeyCode.N);
            e.consume();
            return;
        }
        if (timeline.onKey(e)) {
            e.consume();
        }
    }

    private void installShortcuts(Scene scene) {
        if (scene != null) {
            Platform.runLater(this::refreshColours);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseFiles);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                search.field().requestFocus();
                search.field().selectAll();
            });
        }
    }

    private void applyTheme(boolean isDark) {
        if (isDark) {
            if (!root.getStyleClass().contains("dark")) {
                root.getStyleClass().add("dark");
            }
        } else {
            root.getStyleClass().remove("dark");
        }
        Platform.runLater(this::refreshColours);
    }

    /** Canvas colours and the legend come from the stylesheet: read them again once it is applied. */
    private void refreshColours() {
        if (root.getScene() == null) {
            return;
        }
        root.applyCss();
        legend.show(timeline.palette());
        overview.draw();
        timeline.requestRedraw();
    }

    private ToolBar toolBar() {
        Button open = button(MaterialDesignF.FOLDER_OPEN, "Open traces and logs (Ctrl+O)", this::chooseFiles);
        Button zoomIn = button(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in (W, +, ↑)",
                () -> viewport.zoomAtCentre(TimelineView.ZOOM_STEP));
        Button zoomOut = button(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out (S, -, ↓)",
                () -> viewport.zoomAtCentre(1 / TimelineView.ZOOM_STEP));
        Button fit = button(MaterialDesignF.FIT_TO_PAGE_OUTLINE, "Show everything (F)", viewport::fit);
        Button zoomSel = button(MaterialDesignM.MAGNIFY_SCAN, "Zoom to the selection (Z)", timeline::zoomToSelection);
        dark.setGraphic(new FontIcon(MaterialDesignT.THEME_LIGHT_DARK));
        dark.setTooltip(new Tooltip("Dark theme"));
        dark.getStyleClass().add("toolbar-button");
        dark.setFocusTraversable(false);
        Button helpButton = button(MaterialDesignH.HELP_CIRCLE_OUTLINE, "Keys and mouse (?)",
                () -> help.setVisible(!help.isVisible()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(open, new Separator(), zoomIn, zoomOut, fit, zoomSel, new Separator(), laneMenu,
                new Separator(), search, spacer, dark, helpButton);
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
