package org.operatorlab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Typed values reach the reader as numbers only when they are decimal numbers. */
class FormJsonTest {
    private static String typed(String text) {
        return FormJson.object(json -> json.typed("v", text)).replaceAll("\\s+", "");
    }

    @Test
    void numbers_are_written_as_numbers() {
        assertEquals("{\"v\":1}", typed("1"));
        assertEquals("{\"v\":-0.25}", typed(" -0.25 "));
        assertEquals("{\"v\":0.5}", typed(".5"));
        assertEquals("{\"v\":1000}", typed("1e3"));
        assertEquals("{\"v\":1.0E-4}", typed("1e-4"));
    }

    @Test
    void anything_else_is_written_as_the_typed_text() {
        assertEquals("{\"v\":\"sin(pi*x)\"}", typed("sin(pi*x)"));
        assertEquals("{\"v\":\"1d\"}", typed("1d"));
        assertEquals("{\"v\":\"NaN\"}", typed("NaN"));
        assertEquals("{\"v\":\"1e999\"}", typed("1e999"));
        assertEquals("{\"v\":\"\"}", typed(""));
    }

    @Test
    void numbers_are_shown_as_the_writer_writes_them() {
        assertEquals("129", NumberText.format(129));
        assertEquals("0.05", NumberText.format(0.05));
        assertEquals("18.520259177452136", NumberText.format(18.520259177452136));
        assertEquals("-0.0", NumberText.format(-0.0));
    }
}
