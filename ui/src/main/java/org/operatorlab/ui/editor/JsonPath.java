package org.operatorlab.ui.editor;

/**
 * The JSON paths the problem reader reports ({@code $.boundary.outer.value}, {@code $.geometry.loops[1].points}):
 * built here for the form's fields so an error's path finds the field it is about.
 */
final class JsonPath {
    static final String ROOT = "$";

    private JsonPath() { }

    /** The path of member {@code key}: {@code .key} for identifiers, {@code ["key"]} otherwise (the reader's rule). */
    static String child(String parent, String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? parent + "." + key
                : parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Whether {@code path} is {@code ancestor} or lies inside it. */
    static boolean isWithin(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + ".") || path.startsWith(ancestor + "[");
    }

    /** A node id for the field at {@code path}: {@code $.mesh.size} becomes {@code field-mesh-size}. */
    static String id(String path) {
        String tail = path.startsWith("$") ? path.substring(1) : path;
        String clean = tail.replaceAll("[^A-Za-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        return "field-" + clean;
    }
}
