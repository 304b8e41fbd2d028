package org.operatorlab.mesh.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.operatorlab.mesh.field.Field;
import org.operatorlab.mesh.field.FieldDomain;
import org.operatorlab.mesh.field.FieldLocation;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Writes the fields at one location as CSV, atomically: a header {@code x,y,<names...>}, then one row
 * per node (nodal fields) or per triangle centroid (cell fields). Vector fields take one column per
 * component, {@code <name>_x}, {@code <name>_y}, {@code <name>_z}. Numbers are written in Java's
 * shortest round-trip form, so reading them back gives the same doubles.
 */
public final class CsvFieldWriter {
    private static final String[] AXES = {"_x", "_y", "_z"};

    private CsvFieldWriter() { }

    public static void write(Path file, FieldSet fields, FieldLocation location) throws IOException {
        FieldDomain domain = fields.domain();
        int rows = domain.sizeAt(location);
        if (rows < 0) {
            throw new IllegalArgumentException(file + ": a grid has no cells; write its nodal fields instead");
        }
        List<Field> columns = fields.fields(location);
        double[] x = new double[rows];
        double[] y = new double[rows];
        coordinates(domain, location, x, y);
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            StringBuilder line = new StringBuilder("x,y");
            for (Field f : columns) {
                for (int c = 0; c < f.components(); c++) {
                    line.append(',').append(f.name()).append(f.components() == 1 ? "" : AXES[c]);
                }
            }
            w.write(line.append('\n').toString());
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                line.append(x[i]).append(',').append(y[i]);
                for (Field f : columns) {
                    for (int c = 0; c < f.components(); c++) {
                        line.append(',').append(f.value(i, c));
                    }
                }
                w.write(line.append('\n').toString());
            }
            w.flush();
        });
    }

    private static void coordinates(FieldDomain domain, FieldLocation location, double[] x, double[] y) {
        if (location == FieldLocation.NODE) {
            for (int i = 0; i < x.length; i++) {
                x[i] = domain.nodeX(i);
                y[i] = domain.nodeY(i);
            }
            return;
        }
        TriangleMesh mesh = ((FieldDomain.Mesh) domain).mesh();
        for (int e = 0; e < x.length; e++) {
            int a = mesh.node(e, 0);
            int b = mesh.node(e, 1);
            int c = mesh.node(e, 2);
            x[e] = (mesh.x(a) + mesh.x(b) + mesh.x(c)) / 3;
            y[e] = (mesh.y(a) + mesh.y(b) + mesh.y(c)) / 3;
        }
    }
}
