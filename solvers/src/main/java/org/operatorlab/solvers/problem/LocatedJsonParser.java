package org.operatorlab.solvers.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON (no comments, no NaN/Infinity, no duplicate keys) to a {@link Json} tree, through
 * Jackson's streaming parser so every value keeps its line and column. One instance per document.
 */
final class LocatedJsonParser {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String source;
    /** Open containers, innermost last: where an unexpected end of file points back to. */
    private final Deque<Json.Value> open = new ArrayDeque<>();

    private LocatedJsonParser(String source) {
        this.source = source;
    }

    static Json.Value parse(String text, String source) {
        return new LocatedJsonParser(source).parseDocument(text);
    }

    private Json.Value parseDocument(String text) {
        JsonParser p;
        try {
            p = FACTORY.createParser(text);
        } catch (IOException e) {
            throw new ProblemFileException(source, 1, 1, "$", "cannot read: " + oneLine(e.getMessage()));
        }
        try (p) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ProblemFileException(source, 1, 1, "$", "the file is empty; expected a JSON object");
            }
            Json.Value root = value(p, "$");
            JsonToken extra = p.nextToken();
            if (extra != null) {
                Json.Location at = location(p.currentTokenLocation());
                throw new ProblemFileException(source, at.line(), at.column(), "$",
                        "unexpected content after the end of the top-level object; a file holds one JSON object");
            }
            return root;
        } catch (JsonEOFException e) {
            Json.Location end = location(e.getLocation());
            Json.Value unclosed = open.peekLast();
            String what = unclosed == null ? "the file ends in the middle of a value"
                    : "the file ends before " + unclosed.kind().replace("an ", "the ") + " opened at line "
                    + unclosed.at().line() + ", column " + unclosed.at().column() + " is closed; expected "
                    + (unclosed instanceof Json.Obj ? "'}'" : "']'");
            throw new ProblemFileException(source, end.line(), end.column(),
                    unclosed == null ? pathOf(p.getParsingContext()) : unclosed.path(), what);
        } catch (JsonProcessingException e) {
            // Jackson points where it stopped, just after the offending token; its context names the value.
            Json.Location at = location(e.getLocation());
            throw new ProblemFileException(source, at.line(), at.column(), pathOf(p.getParsingContext()),
                    "malformed JSON: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ProblemFileException(source, 1, 1, "$", "cannot read: " + oneLine(e.getMessage()));
        }
    }

    /** The JSON path of the parser's position, from its context chain. */
    private static String pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.addFirst(c);
        }
        String path = "$";
        for (JsonStreamContext c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                path = Json.child(path, c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path = Json.element(path, c.getCurrentIndex());
            }
        }
        return path;
    }

    private Json.Value value(JsonParser p, String path) throws IOException {
        Json.Location at = location(p.currentTokenLocation());
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: return object(p, path, at);
            case START_ARRAY: return array(p, path, at);
            case VALUE_STRING: return new Json.Str(at, path, p.getText());
            case VALUE_TRUE: return new Json.Bool(at, path, true);
            case VALUE_FALSE: return new Json.Bool(at, path, false);
            case VALUE_NULL: return new Json.Null(at, path);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return number(p, path, at, token == JsonToken.VALUE_NUMBER_INT);
            default:
                throw new ProblemFileException(source, at.line(), at.column(), path, "unexpected " + token);
        }
    }

    private Json.Value number(JsonParser p, String path, Json.Location at, boolean integral) throws IOException {
        String text = p.getText();
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v)) {
            throw new ProblemFileException(source, at.line(), at.column(), path,
                    "the number " + text + " is too large for a double; expected a finite number");
        }
        return new Json.Num(at, path, v, integral, text);
    }

    private Json.Obj object(JsonParser p, String path, Json.Location at) throws IOException {
        Map<String, Json.Member> members = new LinkedHashMap<>();
        Json.Obj result = new Json.Obj(at, path, Collections.unmodifiableMap(members));
        open.addLast(result);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Json.Location keyAt = location(p.currentTokenLocation());
            String childPath = Json.child(path, key);
            if (members.containsKey(key)) {
                throw new ProblemFileException(source, keyAt.line(), keyAt.column(), childPath,
                        "duplicate key \"" + key + "\" (first at line " + members.get(key).keyAt().line()
                                + ", column " + members.get(key).keyAt().column() + ")");
            }
            p.nextToken();
            members.put(key, new Json.Member(key, keyAt, value(p, childPath)));
        }
        open.removeLast();
        return result;
    }

    private Json.Arr array(JsonParser p, String path, Json.Location at) throws IOException {
        List<Json.Value> items = new ArrayList<>();
        Json.Arr result = new Json.Arr(at, path, Collections.unmodifiableList(items));
        open.addLast(result);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(p, Json.element(path, items.size())));
        }
        open.removeLast();
        return result;
    }

    private static Json.Location location(JsonLocation l) {
        return l == null ? new Json.Location(1, 1) : new Json.Location(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
