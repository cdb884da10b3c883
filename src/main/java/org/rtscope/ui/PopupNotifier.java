package org.rtscope.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Notifications as ControlsFX popups in the bottom-right corner of the main window. Problems stay until
 * closed (the user may be looking elsewhere while a folder loads); confirmations fade after a few seconds.
 */
final class PopupNotifier implements Notifier {
    private static final Duration DONE_VISIBLE = Duration.seconds(5);

    private final Node owner;

    PopupNotifier(Node owner) {
        this.owner = owner;
    }

    @Override
    public void problem(String title, String text) {
        create(title, text).hideAfter(Duration.INDEFINITE).showWarning();
    }

    @Override
    public void done(String title, String text) {
        create(title, text).hideAfter(DONE_VISIBLE).showInformation();
    }

    private Notifications create(String title, String text) {
        Notifications notifications = Notifications.create().title(title).text(text).position(Pos.BOTTOM_RIGHT);
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            notifications.owner(owner.getScene().getWindow());
        }
        return notifications;
    }
}
