package org.rtscope.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files and folders dropped on the window: while files are dragged over it the target carries the
 * {@value #DROP_TARGET} style class (the stylesheet draws the highlight), and a drop hands the paths
 * on. Other drags (text, images) are not accepted, so the cursor tells the user before they let go.
 */
public final class DropHandler {
    /** Style class of the target while files are dragged over it. */
    public static final String DROP_TARGET = "drop-target";

    private final Node target;
    private final Consumer<List<Path>> onDrop;

    public DropHandler(Node target, Consumer<List<Path>> onDrop) {
        this.target = target;
        this.onDrop = onDrop;
    }

    /** Listens for drags on the target. */
    public DropHandler install() {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_ENTERED, e -> offer(e.getDragboard().hasFiles()));
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> leave());
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                drop(e.getDragboard().getFiles());
            }
            e.setDropCompleted(files);
            e.consume();
        });
        return this;
    }

    /** A drag came over the target; highlights it when it carries files. */
    public void offer(boolean hasFiles) {
        if (hasFiles && !target.getStyleClass().contains(DROP_TARGET)) {
            target.getStyleClass().add(DROP_TARGET);
        }
    }

    /** The drag left (or ended). */
    public void leave() {
        target.getStyleClass().remove(DROP_TARGET);
    }

    /** Files were dropped. */
    public void drop(List<File> files) {
        leave();
        if (!files.isEmpty()) {
            onDrop.accept(files.stream().map(File::toPath).toList());
        }
    }
}
