package org.rtscope.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rtscope.model.Case;

/**
 * Turns an open case into the {@link CaseDocument} that saves it, and a read document back into the
 * list of files to load. Every source of the case is saved, also one that could not be read: it is part
 * of what the user collected, and a later rtscope may read it.
 */
public final class CaseDocuments {

    private CaseDocuments() {
    }

    /** The document that saves {@code aCase} with the user's markers, notes and view as {@code caseFile}. */
    public static CaseDocument describe(Path caseFile, Case aCase, List<CaseDocument.Marker> markers,
                                        List<CaseDocument.Note> notes, CaseDocument.ViewState view) {
        List<CaseDocument.SourceEntry> sources = new ArrayList<>();
        for (Case.Source source : aCase.sources()) {
            sources.add(SourcePaths.entry(caseFile, Path.of(source.report().path()), source.report().format().id(),
                    CaseSources.clockOffset(source)));
        }
        return CaseDocument.of(sources, markers, notes, view);
    }

    /** The files to load for {@code document}, at {@code located} (same order; null entries are skipped). */
    public static List<CaseSources.Saved> toLoad(CaseDocument document, List<Path> located) {
        List<CaseSources.Saved> saved = new ArrayList<>();
        for (int i = 0; i < document.sources().size(); i++) {
            Path path = located.get(i);
            if (path != null) {
                saved.add(new CaseSources.Saved(path, Math.round(document.sources().get(i).clockOffset() * 1e9)));
            }
        }
        return saved;
    }
}
