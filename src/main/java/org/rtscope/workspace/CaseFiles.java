package org.rtscope.workspace;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes {@code .rtscope} case files. Reading either returns a document that makes sense
 * (right format marker, a version this build understands, sources with paths, notes attached to
 * something) or throws a {@link CaseFileException} that says what is wrong and where; writing replaces
 * the file atomically, so a failed save leaves the previous one intact.
 */
public final class CaseFiles {
    /** The case file extension, with its dot. */
    public static final String EXTENSION = ".rtscope";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CaseFiles() {
    }

    /** True for a path named like a case file. */
    public static boolean isCaseFile(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    public static CaseDocument read(Path file) throws CaseFileException {
        CaseDocument document;
        try (InputStream in = Files.newInputStream(file)) {
            document = MAPPER.readValue(in, CaseDocument.class);
        } catch (NoSuchFileException e) {
            throw new CaseFileException(file, "file not found");
        } catch (JacksonException e) {
            throw damaged(file, e);
        } catch (IOException e) {
            throw new CaseFileException(file, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        if (document == null) {
            throw new CaseFileException(file, "the file holds no case (JSON null)");
        }
        validate(file, document);
        return document;
    }

    /** Writes {@code document} to {@code file}, replacing it only once the new content is complete. */
    public static void write(Path file, CaseDocument document) throws IOException {
        AtomicFile.write(file, out -> MAPPER.writeValue(out, document));
    }

    private static CaseFileException damaged(Path file, JacksonException e) {
        JsonLocation location = e.getLocation();
        String problem = e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = problem + " (at " + fieldPath(mapping) + ")";
        }
        long line = location == null ? 0 : Math.max(0, location.getLineNr());
        long column = location == null ? 0 : Math.max(0, location.getColumnNr());
        return new CaseFileException(file, line, column, "damaged case file: " + problem, e);
    }

    /** "sources[0].clockOffset" for a mapping problem. */
    private static String fieldPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static void validate(Path file, CaseDocument document) throws CaseFileException {
        if (!CaseDocument.FORMAT.equals(document.format())) {
            throw new CaseFileException(file, "not an rtscope case file (it lacks \"format\": \""
                    + CaseDocument.FORMAT + "\")");
        }
        if (document.version() > CaseDocument.VERSION) {
            throw new CaseFileException(file, "written by a newer rtscope (case file version " + document.version()
                    + "; this build reads version " + CaseDocument.VERSION + ")");
        }
        if (document.version() < 1) {
            throw new CaseFileException(file, "unknown case file version " + document.version());
        }
        if (document.sources().isEmpty()) {
            throw new CaseFileException(file, "the case lists no source files");
        }
        for (int i = 0; i < document.sources().size(); i++) {
            CaseDocument.SourceEntry source = document.sources().get(i);
            if (source == null || isBlank(source.path()) && isBlank(source.absolutePath())) {
                throw new CaseFileException(file, "sources[" + i + "] has no path");
            }
        }
        for (int i = 0; i < document.notes().size(); i++) {
            CaseDocument.Note note = document.notes().get(i);
            if (note == null || note.text() == null) {
                throw new CaseFileException(file, "notes[" + i + "] has no text");
            }
            if ((note.time() == null) == (note.finding() == null)) {
                throw new CaseFileException(file, "notes[" + i + "] must be attached to either a time or a finding");
            }
        }
        for (int i = 0; i < document.markers().size(); i++) {
            if (document.markers().get(i) == null) {
                throw new CaseFileException(file, "markers[" + i + "] is empty");
            }
        }
        CaseDocument.ViewState view = document.view();
        if (view != null && !(view.end() > view.start())) {
            throw new CaseFileException(file, "the saved view ends before it starts (view.start " + view.start()
                    + ", view.end " + view.end() + ")");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
