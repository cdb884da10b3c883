package org.rtscope.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;

/**
 * One load the main window runs in the background: a new case from files, files added to the open case,
 * or a case file. The window treats all alike (progress, Cancel, "a load without events keeps what is
 * shown"); what differs is how the case is built and what happens once it is on screen (a case file
 * restores its view and selection).
 *
 * @param title     what is loading, for the status bar ("trace.txt and 2 more")
 * @param loader    builds the case on the loading thread; must honour the monitor's cancellation
 * @param whenShown runs on the FX thread after the case is on screen
 */
public record CaseRequest(String title, Function<ImportMonitor, Case> loader, Consumer<Case> whenShown) {
}
