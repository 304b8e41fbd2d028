package org.operatorlab.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks the form fields an error is about, given the fields by JSON path as the form has them now. An
 * error's path finds the field registered at that path; failing that the fields inside it (an error about
 * the whole {@code $.geometry} marks its parameters); failing that the nearest field around it (an error
 * at {@code $.geometry.loops[0].points[3][1]} marks the loop's points field).
 */
final class ErrorMarks {
    private final List<ErrorTarget> marked = new ArrayList<>();

    /** Clears the previous marks and marks the fields the error at {@code path} is about; returns them. */
    List<ErrorTarget> show(String path, String message, Map<String, ErrorTarget> fields) {
        clear();
        List<ErrorTarget> targets = resolve(path, fields);
        if (!targets.isEmpty()) {
            ErrorTarget.group(targets).showError(message);
            marked.addAll(targets);
        }
        return List.copyOf(marked);
    }

    void clear() {
        marked.forEach(ErrorTarget::clearError);
        marked.clear();
    }

    /** The fields an error at {@code path} is about (none for the document root: the banner says it). */
    static List<ErrorTarget> resolve(String path, Map<String, ErrorTarget> fields) {
        ErrorTarget exact = fields.get(path);
        if (exact != null) {
            return List.of(exact);
        }
        if (path.equals(JsonPath.ROOT)) {
            return List.of();
        }
        Set<ErrorTarget> inside = new LinkedHashSet<>();
        fields.forEach((p, t) -> {
            if (JsonPath.isWithin(p, path)) {
                inside.add(t);
            }
        });
        if (!inside.isEmpty()) {
            return List.copyOf(inside);
        }
        String nearest = null;
        for (String p : fields.keySet()) {
            if (JsonPath.isWithin(path, p) && (nearest == null || p.length() > nearest.length())) {
                nearest = p;
            }
        }
        return nearest == null ? List.of() : List.of(fields.get(nearest));
    }
}
