package org.operatorlab.solvers.problem;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Typed access to a {@link Json} tree of one problem file; every complaint becomes a
 * {@link ProblemFileException} pointing at the offending value.
 */
final class JsonReading {
    private final String source;

    JsonReading(String source) {
        this.source = source;
    }

    ProblemFileException error(Json.Value at, String what) {
        return new ProblemFileException(source, at.at().line(), at.at().column(), at.path(), what);
    }

    ProblemFileException error(Json.Location at, String path, String what) {
        return new ProblemFileException(source, at.line(), at.column(), path, what);
    }

    /**
     * Runs a model constructor and turns its {@link IllegalArgumentException} into an error at
     * {@code at}: the records validate themselves, the reader only knows where to point.
     */
    <T> T build(Json.Value at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage());
        }
    }

    /** The object's keys, checked against the allowed ones (unknown keys get a "did you mean"). */
    Fields fields(Json.Value v, String expected, String... allowedKeys) {
        Json.Obj obj = object(v, expected);
        Set<String> allowed = Set.of(allowedKeys);
        for (Json.Member m : obj.members().values()) {
            if (!allowed.contains(m.key())) {
                String near = NearestKey.of(m.key(), allowed);
                throw error(m.keyAt(), Json.child(obj.path(), m.key()), "unknown key \"" + m.key() + "\""
                        + (near != null ? "; did you mean \"" + near + "\"?" : "")
                        + " Valid keys here: " + String.join(", ", List.of(allowedKeys)));
            }
        }
        return new Fields(obj);
    }

    Json.Obj object(Json.Value v, String expected) {
        if (v instanceof Json.Obj o) {
            return o;
        }
        throw error(v, "expected " + expected + " (a JSON object), found " + v.kind());
    }

    List<Json.Value> array(Json.Value v, String expected) {
        if (v instanceof Json.Arr a) {
            return a.items();
        }
        throw error(v, "expected " + expected + " (a JSON array), found " + v.kind());
    }

    double number(Json.Value v) {
        if (v instanceof Json.Num n) {
            return n.value();
        }
        throw error(v, "expected a number, found " + v.kind());
    }

    double positive(Json.Value v) {
        double x = number(v);
        if (!(x > 0)) {
            throw error(v, "expected a positive number, found " + x);
        }
        return x;
    }

    int integer(Json.Value v, int min) {
        if (!(v instanceof Json.Num n) || n.value() != Math.rint(n.value()) || Math.abs(n.value()) > Integer.MAX_VALUE) {
            throw error(v, "expected an integer, found " + v.kind());
        }
        int i = (int) n.value();
        if (i < min) {
            throw error(v, "expected an integer >= " + min + ", found " + i);
        }
        return i;
    }

    String string(Json.Value v) {
        if (v instanceof Json.Str s) {
            return s.value();
        }
        throw error(v, "expected a string, found " + v.kind());
    }

    boolean bool(Json.Value v) {
        if (v instanceof Json.Bool b) {
            return b.value();
        }
        throw error(v, "expected true or false, found " + v.kind());
    }

    /** One of the listed words, with a "did you mean" for near misses. */
    String choice(Json.Value v, String what, List<String> options) {
        String s = string(v);
        if (!options.contains(s)) {
            String near = NearestKey.of(s, options);
            throw error(v, "unknown " + what + " \"" + s + "\"" + (near != null ? " (did you mean \"" + near + "\"?)" : "")
                    + "; expected one of " + String.join(", ", options));
        }
        return s;
    }

    /** The members of one object, already checked for unknown keys. */
    final class Fields {
        private final Json.Obj obj;

        Fields(Json.Obj obj) {
            this.obj = obj;
        }

        Json.Obj object() { return obj; }

        boolean has(String key) { return obj.members().containsKey(key); }

        Json.Value get(String key) { return obj.get(key); }

        Json.Value required(String key, String expected) {
            Json.Value v = obj.get(key);
            if (v == null) {
                throw error(obj.at(), obj.path(), "missing key \"" + key + "\"; expected " + expected);
            }
            return v;
        }

        double number(String key) { return JsonReading.this.number(required(key, "a number")); }

        double number(String key, double fallback) { return has(key) ? JsonReading.this.number(get(key)) : fallback; }

        double positive(String key) { return JsonReading.this.positive(required(key, "a positive number")); }

        String string(String key) { return JsonReading.this.string(required(key, "a string")); }

        String string(String key, String fallback) { return has(key) ? JsonReading.this.string(get(key)) : fallback; }

        /** The value to blame for a whole-object error: the key's value if present, else the object. */
        Json.Value blame(String key) { return has(key) ? get(key) : obj; }
    }
}
