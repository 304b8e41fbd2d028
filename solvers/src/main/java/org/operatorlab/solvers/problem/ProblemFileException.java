package org.operatorlab.solvers.problem;

/**
 * A problem file that cannot be read or is invalid. The message is one line,
 * {@code <file>:<line>:<column>: <json path>: <what is wrong and what is expected>}, so the CLI can
 * print it as is and editors can jump to the place.
 */
public final class ProblemFileException extends RuntimeException {
    private final String source;
    private final int line;
    private final int column;
    private final String jsonPath;
    private final String problem;

    public ProblemFileException(String source, int line, int column, String jsonPath, String problem) {
        super(source + ":" + line + ":" + column + ": " + jsonPath + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    public String source() { return source; }
    public int line() { return line; }
    public int column() { return column; }
    /** Where in the document, e.g. {@code $.boundary.inner.type}. */
    public String jsonPath() { return jsonPath; }
    /** What is wrong, without the location prefix. */
    public String problem() { return problem; }
}
