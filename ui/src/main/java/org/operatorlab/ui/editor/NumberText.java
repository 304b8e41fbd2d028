package org.operatorlab.ui.editor;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** How the form shows numbers and which typed texts count as numbers (the rest goes to the reader as text). */
final class NumberText {
    /** Decimal numbers only: Java's parser would also take "1d", "0x1p3" or "NaN", which are no numbers to a user. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberText() { }

    /** The typed text as a finite number, or empty when it is something else (an expression, a typo). */
    static OptionalDouble parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!NUMBER.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /** Integers without a fraction, other values in Java's shortest round-trip form (as the writer does). */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
