package org.operatorlab.solvers.problem;

import java.util.List;
import java.util.Map;

/** A parsed JSON document in which every value remembers its line, column and JSON path. */
final class Json {
    private Json() { }

    record Location(int line, int column) { }

    sealed interface Value permits Obj, Arr, Num, Str, Bool, Null {
        Location at();

        String path();

        /** What the value is, for "expected X, found Y" messages. */
        String kind();
    }

    /** An object; members keep their file order. */
    record Obj(Location at, String path, Map<String, Member> members) implements Value {
        public String kind() { return "an object"; }

        Value get(String key) {
            Member m = members.get(key);
            return m == null ? null : m.value();
        }
    }

    record Member(String key, Location keyAt, Value value) { }

    record Arr(Location at, String path, List<Value> items) implements Value {
        public String kind() { return "an array"; }
    }

    /** A finite number; {@code integral} when written without fraction or exponent. */
    record Num(Location at, String path, double value, boolean integral, String text) implements Value {
        public String kind() { return "the number " + text; }
    }

    record Str(Location at, String path, String value) implements Value {
        public String kind() { return "the string \"" + value + "\""; }
    }

    record Bool(Location at, String path, boolean value) implements Value {
        public String kind() { return value ? "true" : "false"; }
    }

    record Null(Location at, String path) implements Value {
        public String kind() { return "null"; }
    }

    /** The path of member {@code key} of the value at {@code parent}. */
    static String child(String parent, String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? parent + "." + key
                : parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
