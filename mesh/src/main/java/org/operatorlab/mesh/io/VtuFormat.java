package org.operatorlab.mesh.io;

import java.io.IOException;
import java.io.OutputStream;
import org.operatorlab.mesh.field.FieldDomain;
import org.operatorlab.mesh.field.FieldLocation;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * XML UnstructuredGrid ({@code .vtu}) with point and cell data: triangles (VTK_TRIANGLE) for a mesh; for a
 * uniform grid its cells as quadrilaterals (VTK_QUAD; VTK_LINE for 1D grids), the points in the grid's
 * order, so a grid result can go wherever a {@code .vtu} is asked for. A periodic axis is written as its
 * nodes, without the closing cell, as in {@code .vti}.
 */
final class VtuFormat {
    private static final int VTK_LINE = 3;
    private static final int VTK_QUAD = 9;

    private VtuFormat() { }

    /** Points (x, y, z triples) and cells (connectivity, offsets, VTK types) of the data set. */
    private record Cells(double[] points, int[] connectivity, int[] offsets, int[] types) { }

    static void write(OutputStream out, FieldSet fields, VtkOptions options) throws IOException {
        Cells cells = fields.domain() instanceof FieldDomain.Grid g
                ? gridCells(g.grid(), fields, options)
                : meshCells(VtkDatasets.requireMesh(fields, ".vtu"), fields, options);
        VtkXmlWriter xml = new VtkXmlWriter(out, options.encoding());
        xml.openFile("UnstructuredGrid");
        xml.line("  <UnstructuredGrid>");
        xml.line("    <Piece NumberOfPoints=\"" + cells.points.length / 3 + "\" NumberOfCells=\"" + cells.types.length + "\">");
        xml.fieldSection("      ", "PointData", fields.fields(FieldLocation.NODE));
        xml.fieldSection("      ", "CellData", fields.fields(FieldLocation.CELL));
        xml.line("      <Points>");
        xml.dataArray("        ", "Points", VtkArray.float64(3, cells.points));
        xml.line("      </Points>");
        xml.line("      <Cells>");
        xml.dataArray("        ", "connectivity", VtkArray.integers(VtkArray.Type.INT64, 1, cells.connectivity));
        xml.dataArray("        ", "offsets", VtkArray.integers(VtkArray.Type.INT64, 1, cells.offsets));
        xml.dataArray("        ", "types", VtkArray.integers(VtkArray.Type.UINT8, 1, cells.types));
        xml.line("      </Cells>");
        xml.line("    </Piece>");
        xml.line("  </UnstructuredGrid>");
        xml.closeFile();
    }

    private static Cells meshCells(TriangleMesh mesh, FieldSet fields, VtkOptions options) {
        return new Cells(VtkDatasets.points(mesh, fields, options), mesh.triangleArray(), VtkDatasets.offsets(mesh),
                VtkDatasets.constant(mesh.elementCount(), VtkDatasets.VTK_TRIANGLE));
    }

    private static Cells gridCells(UniformGrid grid, FieldSet fields, VtkOptions options) {
        double[] z = VtkDatasets.elevation(fields, options);
        int nx = grid.nx();
        int ny = grid.ny();
        double[] xyz = new double[3 * nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int p = grid.index(i, j);
                xyz[3 * p] = grid.x(i);
                xyz[3 * p + 1] = grid.y(j);
                xyz[3 * p + 2] = z == null ? 0 : z[p];
            }
        }
        boolean line = ny == 1;
        int corners = line ? 2 : 4;
        int count = line ? nx - 1 : (nx - 1) * (ny - 1);
        int[] connectivity = new int[corners * count];
        int c = 0;
        for (int j = 0; j < Math.max(1, ny - 1); j++) {
            for (int i = 0; i < nx - 1; i++) {
                connectivity[c++] = grid.index(i, j);
                connectivity[c++] = grid.index(i + 1, j);
                if (!line) { // counter-clockwise
                    connectivity[c++] = grid.index(i + 1, j + 1);
                    connectivity[c++] = grid.index(i, j + 1);
                }
            }
        }
        int[] offsets = new int[count];
        for (int e = 0; e < count; e++) {
            offsets[e] = corners * (e + 1);
        }
        return new Cells(xyz, connectivity, offsets, VtkDatasets.constant(count, line ? VTK_LINE : VTK_QUAD));
    }
}
