package org.operatorlab.mesh.field;

import java.util.Arrays;

/**
 * A named field: one tuple of 1, 2 or 3 components per node or per cell, stored interleaved
 * ({@code values[i * components + c]}). Immutable: arrays are copied in and out.
 *
 * <p>Names must be usable as VTK array names and CSV column headers: non-empty, without whitespace,
 * commas, quotes or XML markup characters.
 */
public final class Field {
    private final String name;
    private final FieldLocation location;
    private final int components;
    private final double[] values;

    public Field(String name, FieldLocation location, int components, double[] values) {
        checkName(name);
        if (components < 1 || components > 3) {
            throw new IllegalArgumentException("field '" + name + "' has " + components + " components; 1, 2 or 3 are allowed");
        }
        if (values.length % components != 0) {
            throw new IllegalArgumentException("field '" + name + "' has " + values.length
                    + " values, not a multiple of its " + components + " components");
        }
        this.name = name;
        this.location = location;
        this.components = components;
        this.values = values.clone();
    }

    public static Field nodal(String name, double[] values) {
        return new Field(name, FieldLocation.NODE, 1, values);
    }

    public static Field cell(String name, double[] values) {
        return new Field(name, FieldLocation.CELL, 1, values);
    }

    /** A nodal vector field with interleaved components (x0, y0, x1, y1, ...). */
    public static Field nodalVector(String name, int components, double[] interleaved) {
        return new Field(name, FieldLocation.NODE, components, interleaved);
    }

    /** A cell vector field with interleaved components. */
    public static Field cellVector(String name, int components, double[] interleaved) {
        return new Field(name, FieldLocation.CELL, components, interleaved);
    }

    public String name() { return name; }
    public FieldLocation location() { return location; }
    public int components() { return components; }

    /** Number of tuples: the node or cell count this field fits. */
    public int size() { return values.length / components; }

    public double value(int i) { return values[i * components]; }
    public double value(int i, int component) { return values[i * components + component]; }

    /** A copy of the interleaved values. */
    public double[] values() { return values.clone(); }

    /** A copy of one component, as a plain array of {@link #size()} values. */
    public double[] component(int c) {
        if (c < 0 || c >= components) {
            throw new IllegalArgumentException("field '" + name + "' has no component " + c);
        }
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i * components + c];
        }
        return out;
    }

    private static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("field name is empty");
        }
        for (int k = 0; k < name.length(); k++) {
            char ch = name.charAt(k);
            if (Character.isWhitespace(ch) || ch == ',' || ch == '"' || ch == '\'' || ch == '<' || ch == '>'
                    || ch == '&' || Character.isISOControl(ch)) {
                throw new IllegalArgumentException("field name '" + name + "' contains '" + ch
                        + "' at position " + k + "; use letters, digits, '_', '-' or '.'");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field f && name.equals(f.name) && location == f.location && components == f.components
                && Arrays.equals(values, f.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Field[" + name + ", " + location.adjective() + ", " + components + " x " + size() + "]";
    }
}
