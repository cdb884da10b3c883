package org.rtscope.ui;

/**
 * Tells the user something without stopping them: a file that could not be opened, an export that
 * finished. Implementations never block and never take focus.
 */
public interface Notifier {

    /** Something went wrong with one thing (named in the title); the rest carries on. */
    void problem(String title, String text);

    /** Something finished as asked. */
    void done(String title, String text);
}
