package org.operatorlab.mesh.tri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.geometry.Shapes;

class MeshTopologyTest {
    /** Unit square split into 4 triangles around a centre node 4; bottom edge "b", the rest "r". */
    static final TriangleMesh FAN = new TriangleMesh(new double[] {0, 1, 1, 0, 0.5}, new double[] {0, 0, 1, 1, 0.5},
            new int[] {0, 1, 4, 1, 2, 4, 2, 3, 4, 3, 0, 4}, new int[] {0, 1, 1, 2, 2, 3, 3, 0},
            new int[] {0, 1, 1, 1}, List.of("b", "r"));

    @Test
    void handCountedFan() {
        MeshTopology t = MeshTopology.of(FAN);
        assertArrayEquals(new int[] {0, 1, 2, 3}, t.elementsOfNode(4));
        assertArrayEquals(new int[] {0, 3}, t.elementsOfNode(0));
        assertEquals(8, t.edgeCount());
        assertArrayEquals(new int[] {0, 1, 0, 3, 1, 2, 2, 3}, t.freeEdges());
        assertEquals(1, t.eulerCharacteristic());
        assertArrayEquals(new int[] {0, 1, 2, 3}, t.boundaryNodes());
        assertArrayEquals(new int[] {0, 1}, t.boundaryNodes("b"));
        assertArrayEquals(new int[] {0, 1, 2, 3}, t.boundaryNodes("r"));
        assertEquals("no boundary 'top'; the mesh has [b, r]",
                assertThrows(IllegalArgumentException.class, () -> t.boundaryNodes("top")).getMessage());
        MeshQuality q = MeshQuality.of(FAN);
        assertEquals(45, q.minAngleDegrees(), 1e-12);
        assertEquals(90, q.maxAngleDegrees(), 1e-12);
        assertEquals(1, q.maxEdgeLength(), 1e-15);
        assertEquals((4 + 4 * Math.sqrt(0.5)) / 8, q.meanEdgeLength(), 1e-15);
        assertEquals(1, q.totalArea(), 1e-15);
        assertEquals("4 elements, 5 nodes, h=1.000 (mean edge 0.8536), angles 45.0..90.0 deg, area 1.00000",
                q.summary());
    }

    @Test
    void nodeElementListsMatchTheElementsOfAGeneratedMesh() {
        TriangleMesh mesh = MeshGenerator.generate(Shapes.annulus(0, 0, 0.5, 1), 0.1);
        MeshTopology t = MeshTopology.of(mesh);
        int total = 0;
        for (int v = 0; v < mesh.nodeCount(); v++) {
            int[] elements = t.elementsOfNode(v);
            total += elements.length;
            assertTrue(elements.length > 0, "orphan node " + v);
            for (int e : elements) {
                assertTrue(mesh.node(e, 0) == v || mesh.node(e, 1) == v || mesh.node(e, 2) == v);
            }
        }
        assertEquals(3 * mesh.elementCount(), total);
        int[] outer = t.boundaryNodes("outer"), inner = t.boundaryNodes("inner");
        for (int v : outer) {
            assertEquals(1, Math.hypot(mesh.x(v), mesh.y(v)), 1e-12);
        }
        for (int v : inner) {
            assertEquals(0.5, Math.hypot(mesh.x(v), mesh.y(v)), 1e-12);
        }
        int[] all = t.boundaryNodes();
        assertEquals(outer.length + inner.length, all.length);
        assertTrue(Arrays.stream(all).allMatch(v -> Arrays.binarySearch(outer, v) >= 0
                || Arrays.binarySearch(inner, v) >= 0));
        assertEquals(0, t.eulerCharacteristic());
    }
}
