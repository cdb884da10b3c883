package org.rtscope.workspace;

import java.nio.file.Path;

/**
 * A case file that cannot be used, with a message a user can act on: which file, where in it (line
 * and column when the JSON itself is broken) and what is wrong.
 */
public final class CaseFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final long column;

    public CaseFileException(Path file, long line, long column, String problem, Throwable cause) {
        super(describe(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public CaseFileException(Path file, String problem) {
        this(file, 0, 0, problem, null);
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when it is not about one place in the file. */
    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    private static String describe(Path file, long line, long column, String problem) {
        String where = line > 0 ? ", line " + line + (column > 0 ? ", column " + column : "") : "";
        return file.getFileName() + where + ": " + problem;
    }
}
