package org.operatorlab.solvers.problem;

import java.util.HashSet;
import java.util.List;
import org.operatorlab.mesh.io.VtkEncoding;

/** What to save: the named fields, every {@code every}-th time step, VTK as ASCII or binary. */
public record OutputSpec(List<String> fields, int every, VtkEncoding vtk) {
    public static final OutputSpec DEFAULT = new OutputSpec(List.of("u"), 1, VtkEncoding.BINARY);

    public OutputSpec {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("outputs need at least one field name");
        }
        if (new HashSet<>(fields).size() != fields.size()) {
            throw new IllegalArgumentException("output field names repeat: " + fields);
        }
        for (String f : fields) {
            if (!f.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("output field name \"" + f + "\" is not a plain identifier");
            }
        }
        if (every < 1) {
            throw new IllegalArgumentException("outputs every must be at least 1, got " + every);
        }
        if (vtk == null) {
            throw new IllegalArgumentException("outputs need a vtk encoding");
        }
    }
}
