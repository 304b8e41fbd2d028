package org.operatorlab.mesh.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.operatorlab.mesh.field.Field;
import org.operatorlab.mesh.field.FieldDomain;
import org.operatorlab.mesh.field.FieldLocation;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Legacy VTK ({@code .vtk}, version 3.0): UNSTRUCTURED_GRID for meshes, STRUCTURED_POINTS for grids.
 * BINARY files hold raw big-endian numbers, as the legacy format requires. Fields are written as
 * SCALARS with 1 to 3 components.
 */
final class LegacyVtkFormat {
    private LegacyVtkFormat() { }

    static void write(OutputStream out, FieldSet fields, VtkOptions options) throws IOException {
        boolean binary = options.encoding() == VtkEncoding.BINARY;
        text(out, "# vtk DataFile Version 3.0\nOperatorLab fields\n" + (binary ? "BINARY" : "ASCII") + "\n");
        if (fields.domain() instanceof FieldDomain.Mesh m) {
            TriangleMesh mesh = m.mesh();
            int cells = mesh.elementCount();
            text(out, "DATASET UNSTRUCTURED_GRID\nPOINTS " + mesh.nodeCount() + " double\n");
            array(out, VtkArray.float64(3, VtkDatasets.points(mesh, fields, options)), binary);
            int[] cellList = new int[4 * cells];
            for (int e = 0; e < cells; e++) {
                cellList[4 * e] = 3;
                for (int k = 0; k < 3; k++) {
                    cellList[4 * e + 1 + k] = mesh.node(e, k);
                }
            }
            text(out, "CELLS " + cells + " " + cellList.length + "\n");
            array(out, VtkArray.integers(VtkArray.Type.INT32, 4, cellList), binary);
            text(out, "CELL_TYPES " + cells + "\n");
            array(out, VtkArray.integers(VtkArray.Type.INT32, 1, VtkDatasets.constant(cells, VtkDatasets.VTK_TRIANGLE)),
                    binary);
            section(out, "CELL_DATA " + cells, fields.fields(FieldLocation.CELL), binary);
        } else {
            UniformGrid grid = VtkDatasets.requireGrid(fields, ".vtk");
            if (options.elevationField() != null) {
                throw new IllegalArgumentException("STRUCTURED_POINTS cannot lift points to an elevation field");
            }
            text(out, "DATASET STRUCTURED_POINTS\nDIMENSIONS " + grid.nx() + " " + grid.ny() + " 1\n"
                    + "ORIGIN " + grid.xMin() + " " + grid.yMin() + " 0\n"
                    + "SPACING " + grid.dx() + " " + VtkDatasets.ySpacing(grid) + " 1\n");
        }
        section(out, "POINT_DATA " + fields.domain().nodeCount(), fields.fields(FieldLocation.NODE), binary);
    }

    private static void section(OutputStream out, String header, List<Field> fields, boolean binary) throws IOException {
        if (fields.isEmpty()) {
            return;
        }
        text(out, header + "\n");
        for (Field f : fields) {
            text(out, "SCALARS " + f.name() + " double " + f.components() + "\nLOOKUP_TABLE default\n");
            array(out, VtkArray.float64(f.components(), f.values()), binary);
        }
    }

    private static void array(OutputStream out, VtkArray array, boolean binary) throws IOException {
        if (binary) {
            array.writeRaw(out, ByteOrder.BIG_ENDIAN);
            out.write('\n');
        } else {
            array.writeAscii(out);
        }
    }

    private static void text(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
}
