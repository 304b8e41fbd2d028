package org.operatorlab.mesh.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.operatorlab.mesh.field.Field;
import org.operatorlab.mesh.field.FieldDomain;
import org.operatorlab.mesh.field.FieldLocation;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Builds the JSON manifest scripts/check_vtk.py reads: for each file, the counts, coordinates,
 * connectivity and field values it must contain, computed here from the field sets (not from the files).
 */
final class VtkManifest {
    private final StringBuilder files = new StringBuilder();

    /** Expects {@code file} to hold {@code fields}, points lifted to {@code elevation} (or z = 0 when null). */
    VtkManifest add(Path file, FieldSet fields, String elevation) {
        separator();
        files.append("{\"path\": \"").append(file.toString().replace("\\", "/")).append("\", ");
        entry(fields, elevation);
        files.append('}');
        return this;
    }

    /** Expects a .pvd index naming one data set per element of {@code steps}, at {@code times}. */
    VtkManifest addSeries(Path pvd, double[] times, List<FieldSet> steps) {
        separator();
        files.append("{\"path\": \"").append(pvd).append("\", \"steps\": [");
        for (int k = 0; k < steps.size(); k++) {
            files.append(k == 0 ? "" : ", ").append("{\"time\": ").append(times[k]).append(", ");
            entry(steps.get(k), null);
            files.append('}');
        }
        files.append("]}");
        return this;
    }

    /** Like {@link #add}, but field values are checked through their sum and sum of squares only. */
    VtkManifest addByChecksum(Path file, FieldSet fields) {
        separator();
        files.append("{\"path\": \"").append(file).append("\", ");
        counts(fields.domain());
        for (FieldLocation at : FieldLocation.values()) {
            files.append(", \"").append(at == FieldLocation.NODE ? "point_data" : "cell_data").append("\": {");
            List<Field> list = fields.fields(at);
            for (int i = 0; i < list.size(); i++) {
                double[] v = list.get(i).values();
                double sum = 0;
                double squares = 0;
                for (double d : v) {
                    sum += d;
                    squares += d * d;
                }
                files.append(i == 0 ? "" : ", ").append('"').append(list.get(i).name()).append("\": {\"components\": ")
                        .append(list.get(i).components()).append(", \"count\": ").append(v.length)
                        .append(", \"sum\": ").append(sum).append(", \"sum_squares\": ").append(squares).append('}');
            }
            files.append('}');
        }
        files.append('}');
        return this;
    }

    void writeTo(Path manifest) throws IOException {
        Files.writeString(manifest, "{\"files\": [\n" + files + "\n]}\n");
    }

    private void entry(FieldSet fields, String elevation) {
        FieldDomain domain = fields.domain();
        counts(domain);
        double[] xyz = new double[3 * domain.nodeCount()];
        double[] z = elevation == null ? null : fields.get(elevation).values();
        for (int i = 0; i < domain.nodeCount(); i++) {
            xyz[3 * i] = domain.nodeX(i);
            xyz[3 * i + 1] = domain.nodeY(i);
            xyz[3 * i + 2] = z == null ? 0 : z[i];
        }
        files.append(", \"coordinates\": ");
        array(xyz);
        if (domain instanceof FieldDomain.Mesh m) {
            files.append(", \"connectivity\": ");
            int[] t = m.mesh().triangleArray();
            double[] asDoubles = new double[t.length];
            for (int i = 0; i < t.length; i++) asDoubles[i] = t[i];
            array(asDoubles);
        }
        for (FieldLocation at : FieldLocation.values()) {
            files.append(", \"").append(at == FieldLocation.NODE ? "point_data" : "cell_data").append("\": {");
            List<Field> list = fields.fields(at);
            for (int i = 0; i < list.size(); i++) {
                files.append(i == 0 ? "" : ", ").append('"').append(list.get(i).name())
                        .append("\": {\"components\": ").append(list.get(i).components()).append(", \"values\": ");
                array(list.get(i).values());
                files.append('}');
            }
            files.append('}');
        }
    }

    private void counts(FieldDomain domain) {
        int cells;
        if (domain instanceof FieldDomain.Mesh m) {
            TriangleMesh mesh = m.mesh();
            cells = mesh.elementCount();
        } else {
            UniformGrid g = ((FieldDomain.Grid) domain).grid();
            cells = (g.nx() - 1) * Math.max(1, g.ny() - 1);   // VTK's cells of an nx x ny x 1 image
        }
        files.append("\"points\": ").append(domain.nodeCount()).append(", \"cells\": ").append(cells);
    }

    private void array(double[] values) {
        files.append('[');
        for (int i = 0; i < values.length; i++) {
            files.append(i == 0 ? "" : ", ").append(values[i]);
        }
        files.append(']');
    }

    private void separator() {
        if (files.length() > 0) files.append(",\n");
    }
}
