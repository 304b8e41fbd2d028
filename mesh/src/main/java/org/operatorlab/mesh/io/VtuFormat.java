package org.operatorlab.mesh.io;

import java.io.IOException;
import java.io.OutputStream;
import org.operatorlab.mesh.field.FieldLocation;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.tri.TriangleMesh;

/** XML UnstructuredGrid ({@code .vtu}): triangles (VTK_TRIANGLE) with point and cell data. */
final class VtuFormat {
    private VtuFormat() { }

    static void write(OutputStream out, FieldSet fields, VtkOptions options) throws IOException {
        TriangleMesh mesh = VtkDatasets.requireMesh(fields, ".vtu");
        int cells = mesh.elementCount();
        VtkXmlWriter xml = new VtkXmlWriter(out, options.encoding());
        xml.openFile("UnstructuredGrid");
        xml.line("  <UnstructuredGrid>");
        xml.line("    <Piece NumberOfPoints=\"" + mesh.nodeCount() + "\" NumberOfCells=\"" + cells + "\">");
        xml.fieldSection("      ", "PointData", fields.fields(FieldLocation.NODE));
        xml.fieldSection("      ", "CellData", fields.fields(FieldLocation.CELL));
        xml.line("      <Points>");
        xml.dataArray("        ", "Points", VtkArray.float64(3, VtkDatasets.points(mesh, fields, options)));
        xml.line("      </Points>");
        xml.line("      <Cells>");
        xml.dataArray("        ", "connectivity", VtkArray.integers(VtkArray.Type.INT64, 1, mesh.triangleArray()));
        xml.dataArray("        ", "offsets", VtkArray.integers(VtkArray.Type.INT64, 1, VtkDatasets.offsets(mesh)));
        xml.dataArray("        ", "types", VtkArray.integers(VtkArray.Type.UINT8, 1,
                VtkDatasets.constant(cells, VtkDatasets.VTK_TRIANGLE)));
        xml.line("      </Cells>");
        xml.line("    </Piece>");
        xml.line("  </UnstructuredGrid>");
        xml.closeFile();
    }
}
