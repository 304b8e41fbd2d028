package org.operatorlab.mesh.field;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Several named fields on one mesh or grid, in insertion order. Immutable: {@link #with} returns a
 * new set. Every field's length is checked against the domain when it is added.
 */
public final class FieldSet {
    private final FieldDomain domain;
    private final Map<String, Field> fields;

    private FieldSet(FieldDomain domain, Map<String, Field> fields) {
        this.domain = domain;
        this.fields = Collections.unmodifiableMap(fields);
    }

    public static FieldSet on(TriangleMesh mesh) {
        return new FieldSet(new FieldDomain.Mesh(mesh), new LinkedHashMap<>());
    }

    public static FieldSet on(UniformGrid grid) {
        return new FieldSet(new FieldDomain.Grid(grid), new LinkedHashMap<>());
    }

    public static FieldSet on(FieldDomain domain) {
        return new FieldSet(domain, new LinkedHashMap<>());
    }

    /** This set plus {@code field}; its name must be new and its length must fit the domain. */
    public FieldSet with(Field field) {
        int expected = domain.sizeAt(field.location());
        if (expected < 0) {
            throw new IllegalArgumentException("field '" + field.name() + "' is a " + field.location().adjective()
                    + " field, but a " + describe() + " carries nodal fields only");
        }
        if (field.size() != expected) {
            throw new IllegalArgumentException("field '" + field.name() + "' has " + field.size() + " "
                    + field.location().adjective() + " values but the " + describe() + " has " + expected + " "
                    + (field.location() == FieldLocation.NODE ? "nodes" : "cells"));
        }
        if (fields.containsKey(field.name())) {
            throw new IllegalArgumentException("field '" + field.name() + "' is already in this set");
        }
        Map<String, Field> copy = new LinkedHashMap<>(fields);
        copy.put(field.name(), field);
        return new FieldSet(domain, copy);
    }

    public FieldSet withNodal(String name, double[] values) {
        return with(Field.nodal(name, values));
    }

    public FieldSet withCell(String name, double[] values) {
        return with(Field.cell(name, values));
    }

    public FieldDomain domain() { return domain; }

    /** All fields, in insertion order. */
    public List<Field> fields() { return List.copyOf(fields.values()); }

    /** The fields at one location, in insertion order. */
    public List<Field> fields(FieldLocation location) {
        List<Field> out = new ArrayList<>();
        for (Field f : fields.values()) {
            if (f.location() == location) out.add(f);
        }
        return out;
    }

    public Optional<Field> find(String name) { return Optional.ofNullable(fields.get(name)); }

    public Field get(String name) {
        Field f = fields.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no field '" + name + "'; this set has " + fields.keySet());
        }
        return f;
    }

    public int size() { return fields.size(); }

    private String describe() {
        return domain instanceof FieldDomain.Grid ? "grid" : "mesh";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldSet s && domain.equals(s.domain) && fields.equals(s.fields);
    }

    @Override
    public int hashCode() { return fields.hashCode(); }

    @Override
    public String toString() { return "FieldSet" + fields.values(); }
}
