package org.rtscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.rtscope.analysis.CaseReport;
import org.rtscope.model.Case;
import org.rtscope.ui.MainWindow;

/**
 * The desktop application: opens the files given on the command line, or the bundled s2 sample when
 * there are none, in one main window, with the pattern engine's findings and throttle windows. The
 * theme the user picked last is remembered.
 */
public final class RtscopeApp extends Application {
    static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    /** Preference key: the theme the user chose last time. */
    private static final String DARK_THEME = "darkTheme";

    @Override
    public void start(Stage stage) throws IOException {
        MainWindow window = new MainWindow();
        window.setAnalyzer(RtscopeApp::analyze);
        Preferences prefs = Preferences.userNodeForPackage(RtscopeApp.class);
        window.setDarkTheme(prefs.getBoolean(DARK_THEME, false));
        window.darkThemeProperty().addListener((o, old, now) -> prefs.putBoolean(DARK_THEME, now));
        Scene scene = new Scene(window.root(), 1440, 900);
        URL css = RtscopeApp.class.getResource("/css/rtscope.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.titleProperty().bind(window.titleProperty());
        addIcons(stage);
        stage.show();
        window.open(files());
    }

    /** The pattern engine on a loaded case (runs on the loading thread). */
    private static MainWindow.Analysis analyze(Case loaded) {
        CaseReport report = CaseReport.run(loaded);
        return new MainWindow.Analysis(report.findings(), report.throttleWindows(), report.messages());
    }

    private List<Path> files() throws IOException {
        List<String> raw = getParameters().getRaw();
        if (!raw.isEmpty()) {
            return raw.stream().map(Path::of).toList();
        }
        Path sample = DefaultSample.locate();
        return sample == null ? List.of() : List.of(sample);
    }

    private static void addIcons(Stage stage) throws IOException {
        for (int size : ICON_SIZES) {
            try (InputStream in = RtscopeApp.class.getResourceAsStream("/icons/rtscope-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            }
        }
    }
}
