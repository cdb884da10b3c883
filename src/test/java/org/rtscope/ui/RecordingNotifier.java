package org.rtscope.ui;

import java.util.ArrayList;
import java.util.List;

/** Keeps every notification as "title: text", problems and confirmations apart. */
final class RecordingNotifier implements Notifier {
    final List<String> problems = new ArrayList<>();
    final List<String> done = new ArrayList<>();

    @Override
    public synchronized void problem(String title, String text) {
        problems.add(title + ": " + text);
    }

    @Override
    public synchronized void done(String title, String text) {
        done.add(title + ": " + text);
    }
}
