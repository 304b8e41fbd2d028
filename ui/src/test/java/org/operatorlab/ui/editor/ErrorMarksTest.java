package org.operatorlab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which fields an error's JSON path marks. */
class ErrorMarksTest {
    private final List<String> log = new ArrayList<>();

    private ErrorTarget target(String name) {
        return new ErrorTarget() {
            @Override
            public void showError(String message) {
                log.add("show " + name + ": " + message);
            }

            @Override
            public void clearError() {
                log.add("clear " + name);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private Map<String, ErrorTarget> fields() {
        Map<String, ErrorTarget> fields = new LinkedHashMap<>();
        for (String p : List.of("$.geometry.shape", "$.geometry.cx", "$.geometry.inner_radius", "$.mesh.size",
                "$.geometry.loops[0].points", "$.boundary[\"hole left\"].value", "$.pde.coefficients.velocity[0]")) {
            fields.put(p, target(p));
        }
        return fields;
    }

    private List<String> resolved(String path) {
        return ErrorMarks.resolve(path, fields()).stream().map(Object::toString).toList();
    }

    @Test
    void an_exact_path_marks_its_field_only() {
        assertEquals(List.of("$.mesh.size"), resolved("$.mesh.size"));
        assertEquals(List.of("$.boundary[\"hole left\"].value"), resolved("$.boundary[\"hole left\"].value"));
    }

    @Test
    void a_section_error_marks_the_fields_inside_it() {
        assertEquals(List.of("$.geometry.shape", "$.geometry.cx", "$.geometry.inner_radius", "$.geometry.loops[0].points"),
                resolved("$.geometry"));
        assertEquals(List.of("$.pde.coefficients.velocity[0]"), resolved("$.pde.coefficients.velocity"));
    }

    @Test
    void an_error_deeper_than_any_field_marks_the_nearest_field_around_it() {
        assertEquals(List.of("$.geometry.loops[0].points"), resolved("$.geometry.loops[0].points[3][1]"));
    }

    @Test
    void root_errors_and_unknown_places_mark_nothing() {
        assertEquals(List.of(), resolved("$"));
        assertEquals(List.of(), resolved("$.time.dt"));
        // a prefix of a key is not a parent: $.geometry.c is not around $.geometry.cx
        assertEquals(List.of(), resolved("$.geometry.c"));
    }

    @Test
    void showing_an_error_clears_the_previous_marks() {
        ErrorMarks marks = new ErrorMarks();
        Map<String, ErrorTarget> fields = fields();
        marks.show("$.mesh.size", "expected a positive number", fields);
        marks.show("$.geometry.cx", "expected a number", fields);
        marks.clear();
        assertEquals(List.of("show $.mesh.size: expected a positive number", "clear $.mesh.size",
                "show $.geometry.cx: expected a number", "clear $.geometry.cx"), log);
    }
}
