package org.rtscope.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The {@code ?} sheet: every key and mouse gesture of the timeline in one place, over the window until
 * any key or click closes it.
 */
public final class HelpOverlay extends StackPane {
    private static final String[][] KEYS = {
        {"W / S", "zoom in / out at the mouse"},
        {"A / D", "pan left / right"},
        {"← → ", "pan a little"},
        {"↑ ↓  + -", "zoom in / out at the centre"},
        {"wheel", "zoom at the mouse (over the labels: scroll lanes)"},
        {"drag", "pan"},
        {"Shift+drag", "select a range and zoom to it"},
        {"F", "fit the whole case"},
        {"Z", "zoom to the selection (or to A–B)"},
        {"M / Shift+M", "set marker A / B at the mouse"},
        {"Ctrl+click / Ctrl+Shift+click", "set marker A / B"},
        {"Esc", "clear markers and range"},
        {". / ,", "next / previous event on the selected lane"},
        {"N / P", "next / previous finding"},
        {"Ctrl+F", "search task, pid or event (Enter: next, Shift+Enter: previous)"},
        {"click a CPU label", "collapse / expand its group"},
        {"right-click", "task lanes, hide a CPU, markers"},
        {"double-click", "zoom to what was clicked"},
        {"Ctrl+O", "open traces and logs"},
        {"?", "this help"},
    };

    public HelpOverlay() {
        getStyleClass().add("help-overlay");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-keys");
        for (int r = 0; r < KEYS.length; r++) {
            Label key = new Label(KEYS[r][0]);
            key.getStyleClass().add("help-key");
            Label what = new Label(KEYS[r][1]);
            what.getStyleClass().add("help-text");
            grid.addRow(r, key, what);
        }
        Label title = new Label("Keys and mouse");
        title.getStyleClass().add("help-title");
        Label hint = new Label("Press any key or click to close");
        hint.getStyleClass().add("help-hint");
        VBox card = new VBox(title, grid, hint);
        card.getStyleClass().add("help-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }

    /** Number of key lines listed (for tests). */
    public static int entries() {
        return KEYS.length;
    }
}
