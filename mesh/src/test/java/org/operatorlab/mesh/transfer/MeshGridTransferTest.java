package org.operatorlab.mesh.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.geometry.Geometry;
import org.operatorlab.mesh.geometry.Shapes;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.MeshGenerator;
import org.operatorlab.mesh.tri.TriangleMesh;

class MeshGridTransferTest {
    private static double linear(double x, double y) {
        return 1.5 - 2 * x + 0.25 * y;
    }

    @Test
    void boundingGridCoversTheMesh() {
        TriangleMesh mesh = MeshGenerator.generate(Shapes.disk(1, 2, 0.5), 0.1);
        UniformGrid grid = MeshGridTransfer.boundingGrid(mesh, 33, 17);
        assertEquals(UniformGrid.of(33, 17, 0.5, 1.5, 1.5, 2.5), grid);
    }

    @Test
    void polygonMaskMatchesContainsIncludingBoundaryNodes() {
        // a 41 x 41 grid over [-1, 1]^2 puts nodes exactly on the L-shape's notch and outer edges
        Geometry l = Shapes.lShape(-1, -1, 1, 1);
        TriangleMesh mesh = MeshGenerator.generate(l, 0.1);
        MeshGridTransfer transfer = new MeshGridTransfer(mesh, MeshGridTransfer.boundingGrid(mesh, 41, 41));
        UniformGrid grid = transfer.grid();
        boolean[] mask = transfer.mask();
        int masked = 0;
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                boolean in = l.contains(grid.x(i), grid.y(j));
                assertEquals(in, mask[grid.index(i, j)], "grid node (" + grid.x(i) + ", " + grid.y(j) + ")");
                masked += in ? 1 : 0;
            }
        }
        assertEquals(41 * 41 - 20 * 20, masked);    // the open lower-right quadrant is out
    }

    @Test
    void curvedMaskMatchesContainsAwayFromTheChords() {
        Geometry ring = Shapes.annulus(0, 0, 0.4, 1);
        double h = 0.05;
        TriangleMesh mesh = MeshGenerator.generate(ring, h);
        MeshGridTransfer transfer = new MeshGridTransfer(mesh, MeshGridTransfer.boundingGrid(mesh, 64, 64));
        UniformGrid grid = transfer.grid();
        boolean[] mask = transfer.mask();
        double band = h * h / 4;     // chords stay within h^2 / 8 of the circles
        int checked = 0;
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double r = Math.hypot(grid.x(i), grid.y(j));
                if (Math.abs(r - 1) > band && Math.abs(r - 0.4) > band) {
                    assertEquals(ring.contains(grid.x(i), grid.y(j)), mask[grid.index(i, j)]);
                    checked++;
                }
            }
        }
        assertTrue(checked > 64 * 64 * 0.95);
    }

    @Test
    void linearFunctionSurvivesMeshToGridToMesh() {
        Geometry disk = Shapes.disk(0, 0, 1);
        TriangleMesh mesh = MeshGenerator.generate(disk, 0.05);
        MeshGridTransfer transfer = new MeshGridTransfer(mesh, MeshGridTransfer.boundingGrid(mesh, 50, 40));
        UniformGrid grid = transfer.grid();
        double[] nodal = new double[mesh.nodeCount()];
        for (int v = 0; v < nodal.length; v++) {
            nodal[v] = linear(mesh.x(v), mesh.y(v));
        }
        double[] onGrid = transfer.toGrid(nodal);
        boolean[] mask = transfer.mask();
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                int g = grid.index(i, j);
                assertEquals(mask[g] ? linear(grid.x(i), grid.y(j)) : 0, onGrid[g], 1e-13);
            }
        }
        double[] back = transfer.toMesh(onGrid);
        int interior = 0;
        for (int v = 0; v < nodal.length; v++) {
            int i = Math.min(grid.nx() - 2, (int) ((mesh.x(v) - grid.xMin()) / grid.dx()));
            int j = Math.min(grid.ny() - 2, (int) ((mesh.y(v) - grid.yMin()) / grid.dy()));
            int g = grid.index(i, j);
            if (mask[g] && mask[g + 1] && mask[g + grid.nx()] && mask[g + grid.nx() + 1]) {
                assertEquals(nodal[v], back[v], 1e-12, "node " + v);
                interior++;
            } else {
                // near the boundary only masked nodes nearby are used: error below |grad u| times their distance
                double error = Math.abs(back[v] - nodal[v]);
                assertTrue(error < 2.1 * 2 * Math.hypot(grid.dx(), grid.dy()), "node " + v + " error " + error);
            }
        }
        assertTrue(interior > 0.8 * nodal.length, interior + " of " + nodal.length);
    }

    @Test
    void rejectsWrongLengthsAndPeriodicGrids() {
        TriangleMesh mesh = MeshGenerator.generate(Shapes.rectangle(0, 0, 1, 1), 0.25);
        MeshGridTransfer transfer = new MeshGridTransfer(mesh, UniformGrid.of(5, 5, 0, 0, 1, 1));
        assertEquals("toGrid needs " + mesh.nodeCount() + " nodal values, got 2",
                assertThrows(IllegalArgumentException.class, () -> transfer.toGrid(new double[2])).getMessage());
        assertEquals("toMesh needs 25 grid values, got 24",
                assertThrows(IllegalArgumentException.class, () -> transfer.toMesh(new double[24])).getMessage());
        UniformGrid periodic = new UniformGrid(4, 4, 0, 0, 1, 1, true, true);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MeshGridTransfer(mesh, periodic))
                .getMessage().startsWith("mesh-grid transfer needs a non-periodic 2D grid"));
    }
}
