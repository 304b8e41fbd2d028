package org.operatorlab.mesh.tri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.geometry.Geometry;
import org.operatorlab.mesh.geometry.Loop;
import org.operatorlab.mesh.geometry.Shapes;

class PointLocatorTest {
    /** Whether e contains p, by a plain orientation test independent of the locator. */
    private static boolean contains(TriangleMesh m, int e, double px, double py) {
        for (int k = 0; k < 3; k++) {
            int a = m.node(e, k), b = m.node(e, (k + 1) % 3);
            double cross = (m.x(b) - m.x(a)) * (py - m.y(a)) - (px - m.x(a)) * (m.y(b) - m.y(a));
            if (cross < -1e-12) {
                return false;
            }
        }
        return true;
    }

    @Test
    void locatesRandomPointsAndInterpolatesLinearFunctionsExactly() {
        Geometry holes = Shapes.polygon(List.of(
                Loop.named(MeshGeneratorTest.points(0, 0, 3, 0, 3, 2, 0, 2), "outer"),
                Loop.named(MeshGeneratorTest.points(0.5, 0.5, 1.2, 0.5, 1.2, 1.5, 0.5, 1.5), "hole")));
        for (Geometry g : List.of(Shapes.annulus(1, 1, 0.3, 1), holes)) {
            TriangleMesh mesh = MeshGenerator.generate(g, 0.05);
            PointLocator locator = new PointLocator(mesh);
            double[] u = new double[mesh.nodeCount()];
            for (int v = 0; v < u.length; v++) {
                u[v] = 2 - 3 * mesh.x(v) + 0.5 * mesh.y(v);
            }
            Random random = new Random(7);
            int inside = 0, outside = 0;
            for (int i = 0; i < 5000; i++) {
                double px = g.bounds().xMin() - 0.1 + random.nextDouble() * (g.bounds().width() + 0.2);
                double py = g.bounds().yMin() - 0.1 + random.nextDouble() * (g.bounds().height() + 0.2);
                int e = locator.locate(px, py);
                if (e >= 0) {
                    inside++;
                    assertTrue(contains(mesh, e, px, py), "element " + e + " does not contain the point");
                    assertEquals(2 - 3 * px + 0.5 * py, locator.interpolate(u, px, py), 1e-13);
                } else {
                    outside++;
                    for (int k = 0; outside <= 200 && k < mesh.elementCount(); k++) {   // brute force, a sample
                        assertTrue(!contains(mesh, k, px, py), "missed element " + k);
                    }
                    assertTrue(Double.isNaN(locator.interpolate(u, px, py)));
                }
            }
            assertTrue(inside > 1000 && outside > 500, inside + " inside, " + outside + " outside");
        }
    }

    @Test
    void findsNodesAndPointsOnEdges() {
        TriangleMesh mesh = MeshGenerator.generate(Shapes.rectangle(0, 0, 1, 1), 0.1);
        PointLocator locator = new PointLocator(mesh);
        double[] u = new double[mesh.nodeCount()];
        for (int v = 0; v < mesh.nodeCount(); v++) {
            u[v] = mesh.x(v) + 10 * mesh.y(v);
            assertTrue(locator.locate(mesh.x(v), mesh.y(v)) >= 0, "node " + v);
            assertEquals(u[v], locator.interpolate(u, mesh.x(v), mesh.y(v)), 1e-13);
        }
        assertEquals(0.5 + 10 * 1, locator.interpolate(u, 0.5, 1), 1e-13);
        assertEquals(-1, locator.locate(1.0 + 1e-9, 0.5));
        assertEquals("interpolate needs " + mesh.nodeCount() + " nodal values, got 3",
                assertThrows(IllegalArgumentException.class, () -> locator.interpolate(new double[3], 0, 0))
                        .getMessage());
    }
}
