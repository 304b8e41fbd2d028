package org.operatorlab.mesh.io;

import java.io.IOException;
import java.io.OutputStream;
import org.operatorlab.mesh.field.FieldLocation;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.grid.UniformGrid;

/**
 * XML ImageData ({@code .vti}) for a uniform grid: nx x ny x 1 points (1D grids: nx x 1 x 1). A
 * periodic axis is written as its nodes, without the repeated endpoint.
 */
final class VtiFormat {
    private VtiFormat() { }

    static void write(OutputStream out, FieldSet fields, VtkOptions options) throws IOException {
        UniformGrid grid = VtkDatasets.requireGrid(fields, ".vti");
        if (options.elevationField() != null) {
            throw new IllegalArgumentException(".vti cannot lift points to an elevation field; ImageData points are implicit");
        }
        String extent = "0 " + (grid.nx() - 1) + " 0 " + (grid.ny() - 1) + " 0 0";
        VtkXmlWriter xml = new VtkXmlWriter(out, options.encoding());
        xml.openFile("ImageData");
        xml.line("  <ImageData WholeExtent=\"" + extent + "\" Origin=\"" + grid.xMin() + " " + grid.yMin()
                + " 0\" Spacing=\"" + grid.dx() + " " + VtkDatasets.ySpacing(grid) + " 1\">");
        xml.line("    <Piece Extent=\"" + extent + "\">");
        xml.fieldSection("      ", "PointData", fields.fields(FieldLocation.NODE));
        xml.line("      <CellData/>");
        xml.line("    </Piece>");
        xml.line("  </ImageData>");
        xml.closeFile();
    }
}
