package org.operatorlab.mesh.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an ASCII {@code .msh} file line by line, splitting lines into whitespace-separated tokens and
 * keeping the line number, so every parse error can name the file, the line and what is wrong.
 */
final class MshLines implements AutoCloseable {
    private final Path file;
    private final BufferedReader reader;
    private int lineNumber;
    private String line;
    private String trimmed;
    /** Start and end offsets of the current line's tokens in {@code trimmed}. */
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int tokenCount;

    MshLines(Path file) throws IOException {
        this.file = file;
        this.reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
    }

    /** Advances to the next non-blank line; returns false at end of file. */
    boolean advance() throws IOException {
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                tokenize();
                return true;
            }
        }
        tokenCount = 0;
        return false;
    }

    /** Splits on whitespace by hand: a regex split per line dominates the time for large meshes. */
    private void tokenize() {
        tokenCount = 0;
        int n = trimmed.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(trimmed.charAt(i))) i++;
            if (i == n) break;
            int start = i;
            while (i < n && !Character.isWhitespace(trimmed.charAt(i))) i++;
            if (tokenCount == starts.length) {
                starts = java.util.Arrays.copyOf(starts, 2 * tokenCount);
                ends = java.util.Arrays.copyOf(ends, 2 * tokenCount);
            }
            starts[tokenCount] = start;
            ends[tokenCount++] = i;
        }
    }

    /** Advances to the next non-blank line, which must exist while reading {@code what}. */
    void require(String what) throws IOException {
        if (!advance()) {
            throw new IOException(file + ":" + (lineNumber + 1) + ": unexpected end of file while reading " + what);
        }
    }

    /**
     * Advances to record {@code index} (0-based) of {@code count} in a section; a section marker in its
     * place means the section is shorter than its header said.
     */
    void requireRecord(String what, long index, long count) throws IOException {
        require(what);
        if (text().startsWith("$")) {
            throw error(text() + " after " + index + " of " + count + " " + what + " announced by the section header");
        }
    }

    /** The current line, stripped. */
    String text() { return trimmed; }

    int tokenCount() { return tokenCount; }

    String token(int k) throws IOException {
        if (k >= tokenCount) {
            throw error("expected at least " + (k + 1) + " values, found " + tokenCount + " in \"" + text() + "\"");
        }
        return trimmed.substring(starts[k], ends[k]);
    }

    int intToken(int k) throws IOException {
        String t = token(k);
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw error("expected an integer, found \"" + t + "\"");
        }
    }

    long longToken(int k) throws IOException {
        String t = token(k);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw error("expected an integer, found \"" + t + "\"");
        }
    }

    double doubleToken(int k) throws IOException {
        String t = token(k);
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error("expected a number, found \"" + t + "\"");
        }
    }

    /** Skips lines up to and including {@code endMarker} (e.g. "$EndNodeData"). */
    void skipSection(String endMarker) throws IOException {
        do {
            require(endMarker);
        } while (!text().equals(endMarker));
    }

    /** The next line must be exactly {@code marker}. */
    void expect(String marker) throws IOException {
        require(marker);
        if (!text().equals(marker)) {
            throw error("expected " + marker + ", found \"" + abbreviate(text()) + "\"");
        }
    }

    IOException error(String what) {
        return new IOException(file + ":" + lineNumber + ": " + what);
    }

    int lineNumber() { return lineNumber; }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
