package org.operatorlab.solvers.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads bad problem text and checks where and what the error says. */
final class ProblemErrorAssert {
    static final String SOURCE = "bad.json";

    private ProblemErrorAssert() { }

    /**
     * Asserts that reading {@code json} fails at the first occurrence of {@code marker} (its first
     * character), at {@code path}, with a message containing every one of {@code fragments}.
     */
    static ProblemFileException assertError(String json, String marker, String path, String... fragments) {
        int index = json.indexOf(marker);
        assertTrue(index >= 0, "marker " + marker + " not in the test text");
        return assertErrorAt(json, lineOf(json, index), columnOf(json, index), path, fragments);
    }

    /** As {@link #assertError}, at the character just after {@code marker}: where a JSON parser stops. */
    static ProblemFileException assertErrorAfter(String json, String marker, String path, String... fragments) {
        int index = json.indexOf(marker);
        assertTrue(index >= 0, "marker " + marker + " not in the test text");
        int end = index + marker.length();
        return assertErrorAt(json, lineOf(json, end), columnOf(json, end), path, fragments);
    }

    static ProblemFileException assertErrorAt(String json, int line, int column, String path, String... fragments) {
        ProblemFileException e = assertThrows(ProblemFileException.class, () -> ProblemReader.read(json, SOURCE));
        String message = e.getMessage();
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(message.startsWith(SOURCE + ":" + line + ":" + column + ": " + path + ": "),
                "expected " + SOURCE + ":" + line + ":" + column + ": " + path + ", got: " + message);
        assertEquals(line, e.line());
        assertEquals(column, e.column());
        assertEquals(path, e.jsonPath());
        for (String f : fragments) {
            assertTrue(message.contains(f), "message should mention \"" + f + "\": " + message);
        }
        return e;
    }

    static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static int columnOf(String text, int index) {
        return index - text.lastIndexOf('\n', index - 1);
    }
}
