package org.operatorlab.mesh.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.field.FieldLocation;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/** Writes fields as CSV and reads them back with a plain split-and-parse reader. */
class CsvFieldWriterTest {
    @TempDir
    Path dir;

    @Test
    void nodalFieldsRoundTripExactly() throws IOException {
        TriangleMesh mesh = GmshReader.read(RepoRoot.mesh("plate_with_hole_v22.msh"));
        FieldSet fields = VtkIndependentReaderTest.meshFields(mesh, 0.125);
        Path file = dir.resolve("nodes.csv");
        CsvFieldWriter.write(file, fields, FieldLocation.NODE);

        List<String> lines = Files.readAllLines(file);
        assertEquals("x,y,u,grad_u_x,grad_u_y", lines.get(0));
        assertEquals(mesh.nodeCount() + 1, lines.size());
        double[][] table = parse(lines);
        assertArrayEquals(mesh.xCoordinates(), column(table, 0));
        assertArrayEquals(mesh.yCoordinates(), column(table, 1));
        assertArrayEquals(fields.get("u").values(), column(table, 2));
        assertArrayEquals(fields.get("grad_u").component(0), column(table, 3));
        assertArrayEquals(fields.get("grad_u").component(1), column(table, 4));
    }

    @Test
    void cellFieldsSitAtCentroids() throws IOException {
        TriangleMesh mesh = GmshReader.read(RepoRoot.mesh("unit_square_v41.msh"));
        FieldSet fields = VtkIndependentReaderTest.meshFields(mesh, 0);
        Path file = dir.resolve("cells.csv");
        CsvFieldWriter.write(file, fields, FieldLocation.CELL);

        List<String> lines = Files.readAllLines(file);
        assertEquals("x,y,area,flux_x,flux_y,flux_z", lines.get(0));
        double[][] table = parse(lines);
        assertEquals(mesh.elementCount(), table.length);
        double totalArea = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            double cx = 0;
            double cy = 0;
            for (int k = 0; k < 3; k++) {
                cx += mesh.x(mesh.node(e, k)) / 3;
                cy += mesh.y(mesh.node(e, k)) / 3;
            }
            assertEquals(cx, table[e][0], 1e-15);
            assertEquals(cy, table[e][1], 1e-15);
            totalArea += table[e][2];
        }
        assertEquals(1.0, totalArea, 1e-14);
        assertArrayEquals(fields.get("flux").component(2), column(table, 5));
    }

    @Test
    void gridNodesInGridOrder() throws IOException {
        UniformGrid grid = UniformGrid.of(4, 3, 0, 0, 3, 1);
        FieldSet fields = FieldSet.on(grid).withNodal("u", VtkIndependentReaderTest.valuesAt(12, i -> i * 0.1));
        Path file = dir.resolve("grid.csv");
        CsvFieldWriter.write(file, fields, FieldLocation.NODE);
        double[][] table = parse(Files.readAllLines(file));
        assertArrayEquals(new double[] {1, 0.5, 0.5}, table[5]);   // node (i=1, j=1)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvFieldWriter.write(dir.resolve("bad.csv"), fields, FieldLocation.CELL));
        assertEquals(dir.resolve("bad.csv") + ": a grid has no cells; write its nodal fields instead", e.getMessage());
        assertEquals(List.of(file), Files.list(dir).toList());
    }

    private static double[][] parse(List<String> lines) {
        double[][] table = new double[lines.size() - 1][];
        int columns = lines.get(0).split(",").length;
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",");
            assertEquals(columns, cells.length, "row " + r);
            table[r - 1] = new double[columns];
            for (int c = 0; c < columns; c++) {
                table[r - 1][c] = Double.parseDouble(cells[c]);
            }
        }
        return table;
    }

    private static double[] column(double[][] table, int c) {
        double[] out = new double[table.length];
        for (int r = 0; r < table.length; r++) out[r] = table[r][c];
        return out;
    }
}
