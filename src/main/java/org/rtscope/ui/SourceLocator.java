package org.rtscope.ui;

import java.nio.file.Path;
import java.util.List;
import org.rtscope.workspace.CaseDocument;

/** Asks where a case file's source went when it is found neither beside the case file nor where it was. */
public interface SourceLocator {

    /** The user's answer: the file's new place, skip it, or do not open the case after all. */
    record Answer(Path path, boolean cancel) {
        public static final Answer SKIP = new Answer(null, false);
        public static final Answer CANCEL = new Answer(null, true);

        public static Answer at(Path path) {
            return new Answer(path, false);
        }
    }

    /** Asks about {@code entry} of {@code caseFile}, which is at none of {@code tried}. */
    Answer locate(Path caseFile, CaseDocument.SourceEntry entry, List<Path> tried);
}
