package org.operatorlab.mesh.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Reads the Gmsh fixtures in resources/meshes. The expected counts were taken independently of this
 * reader, by meshio 5.0 (Debian's /usr/bin/python3) on the same files: points, "triangle" cells,
 * "line" cells and their gmsh:physical tags, and the edges used by exactly one triangle. Gmsh's own log
 * says "237 nodes" for the plate because it counts the circle centre, a geometry point the saved file
 * does not contain; the saved files hold only nodes that triangles use.
 */
class GmshReaderTest {
    @TempDir
    Path dir;

    @Test
    void unitSquareHasItsFourNamedSidesAndUnitArea() throws IOException {
        TriangleMesh mesh = GmshReader.read(RepoRoot.mesh("unit_square_v22.msh"));
        assertEquals(98, mesh.nodeCount());
        assertEquals(162, mesh.elementCount());
        assertEquals(32, mesh.boundaryEdgeCount());
        assertEquals(List.of("bottom", "right", "top", "left"), mesh.boundaryNames());
        assertEquals(1.0, totalArea(mesh), 1e-14);
        for (int e = 0; e < mesh.boundaryEdgeCount(); e++) {
            int a = mesh.boundaryEdgeNode(e, 0);
            int b = mesh.boundaryEdgeNode(e, 1);
            // The domain lies to the left of each boundary edge: sides run counter-clockwise.
            switch (mesh.boundaryEdgeName(e)) {
                case "bottom" -> assertTrue(mesh.y(a) == 0 && mesh.y(b) == 0 && mesh.x(b) > mesh.x(a));
                case "right" -> assertTrue(mesh.x(a) == 1 && mesh.x(b) == 1 && mesh.y(b) > mesh.y(a));
                case "top" -> assertTrue(mesh.y(a) == 1 && mesh.y(b) == 1 && mesh.x(b) < mesh.x(a));
                case "left" -> assertTrue(mesh.x(a) == 0 && mesh.x(b) == 0 && mesh.y(b) < mesh.y(a));
                default -> throw new AssertionError("unexpected boundary " + mesh.boundaryEdgeName(e));
            }
        }
        assertEquals(List.of(8, 8, 8, 8), edgesPerName(mesh));
    }

    @Test
    void plateWithHoleHasPolygonalHoleArea() throws IOException {
        TriangleMesh mesh = GmshReader.read(RepoRoot.mesh("plate_with_hole_v22.msh"));
        assertEquals(236, mesh.nodeCount());
        assertEquals(404, mesh.elementCount());
        assertEquals(68, mesh.boundaryEdgeCount());
        assertEquals(List.of("outer", "hole"), mesh.boundaryNames());
        assertEquals(List.of(40, 28), edgesPerName(mesh));

        double r = 0.2;
        double holeSize = 0.05;
        double holePolygonArea = 0;
        for (int e = 0; e < mesh.boundaryEdgeCount(); e++) {
            if (!mesh.boundaryEdgeName(e).equals("hole")) continue;
            int a = mesh.boundaryEdgeNode(e, 0);
            int b = mesh.boundaryEdgeNode(e, 1);
            assertEquals(r, Math.hypot(mesh.x(a) - 0.5, mesh.y(a) - 0.5), 1e-12);
            // Domain on the left means the hole is walked clockwise: shoelace terms are negative.
            holePolygonArea -= 0.5 * ((mesh.x(a) - 0.5) * (mesh.y(b) - 0.5) - (mesh.x(b) - 0.5) * (mesh.y(a) - 0.5));
        }
        assertEquals(1 - holePolygonArea, totalArea(mesh), 1e-13);
        // An inscribed polygon with edges of length <= h misses at most pi h^2 / 6 of the disc.
        double deficit = Math.PI * r * r - holePolygonArea;
        assertTrue(deficit > 0 && deficit <= Math.PI * holeSize * holeSize / 6, "deficit " + deficit);
    }

    @Test
    void twoHolesFallBackToGroupNumberAndBoundary() throws IOException {
        TriangleMesh mesh = GmshReader.read(RepoRoot.mesh("two_holes_v41.msh"));
        assertEquals(526, mesh.nodeCount());
        assertEquals(938, mesh.elementCount());
        assertEquals(116, mesh.boundaryEdgeCount());
        assertEquals(List.of("outer", "group7", "boundary"), mesh.boundaryNames());
        assertEquals(List.of(60, 28, 28), edgesPerName(mesh));
        for (int e = 0; e < mesh.boundaryEdgeCount(); e++) {
            double cx = switch (mesh.boundaryEdgeName(e)) {
                case "group7" -> 0.5;
                case "boundary" -> 1.5;
                default -> Double.NaN;
            };
            if (!Double.isNaN(cx)) {
                int a = mesh.boundaryEdgeNode(e, 0);
                assertEquals(0.2, Math.hypot(mesh.x(a) - cx, mesh.y(a) - 0.5), 1e-12);
            }
        }
        double holes = 2 * Math.PI * 0.04;
        assertEquals(2 - holes, totalArea(mesh), 2 * Math.PI * 0.05 * 0.05 / 6);
    }

    @Test
    void formats22And41GiveTheSameMesh() throws IOException {
        for (String name : List.of("unit_square", "plate_with_hole", "two_holes")) {
            assertEquals(GmshReader.read(RepoRoot.mesh(name + "_v22.msh")),
                    GmshReader.read(RepoRoot.mesh(name + "_v41.msh")), name);
        }
    }

    @Test
    void dropsUnusedNodesAndOrientsTrianglesCounterClockwise() throws IOException {
        // Node 3 is used by nothing; the second triangle is clockwise; no physical groups at all.
        Path file = write("small.msh", """
                $MeshFormat
                2.2 0 8
                $EndMeshFormat
                $Nodes
                5
                1 0 0 0
                2 1 0 0
                3 9 9 0
                4 1 1 0
                5 0 1 0
                $EndNodes
                $Elements
                3
                1 15 2 0 3 3
                2 2 2 0 1 1 2 4
                3 2 2 0 1 1 4 5
                $EndElements
                """);
        TriangleMesh mesh = GmshReader.read(file);
        assertEquals(4, mesh.nodeCount());
        assertEquals(2, mesh.elementCount());
        assertEquals(1.0, mesh.area(0) + mesh.area(1), 1e-15);
        assertTrue(mesh.area(0) > 0 && mesh.area(1) > 0);
        assertEquals(List.of("boundary"), mesh.boundaryNames());
        assertEquals(4, mesh.boundaryEdgeCount());
        assertEquals(0.0, mesh.x(3));
        assertEquals(1.0, mesh.y(3));
    }

    @Test
    void rejectsBinaryFiles() throws IOException {
        Path file = write("bin.msh", "$MeshFormat\n4.1 1 8\n");
        assertMessage(file, ":2: binary .msh is not supported");
    }

    @Test
    void rejectsSecondOrderTriangles() throws IOException {
        Path file = write("p2.msh", """
                $MeshFormat
                2.2 0 8
                $EndMeshFormat
                $Nodes
                3
                1 0 0 0
                2 1 0 0
                3 0 1 0
                $EndNodes
                $Elements
                1
                1 9 2 0 1 1 2 3 1 2 3
                $EndElements
                """);
        assertMessage(file, ":12: unsupported element type 9 (6-node second-order triangle)");
    }

    @Test
    void reportsTruncatedFilesWithTheLineNumber() throws IOException {
        List<String> lines = Files.readAllLines(RepoRoot.mesh("plate_with_hole_v22.msh"));
        Path file = dir.resolve("cut.msh");
        Files.write(file, lines.subList(0, 100));
        assertMessage(file, ":101: unexpected end of file while reading nodes");
        List<String> lines41 = Files.readAllLines(RepoRoot.mesh("plate_with_hole_v41.msh"));
        Path file41 = dir.resolve("cut41.msh");
        Files.write(file41, lines41.subList(0, 500));
        assertMessage(file41, ":501: unexpected end of file while reading");
    }

    @Test
    void reportsShortSectionsAndUnknownNodes() throws IOException {
        Path shortNodes = write("short.msh", "$MeshFormat\n2.2 0 8\n$EndMeshFormat\n$Nodes\n3\n1 0 0 0\n$EndNodes\n");
        assertMessage(shortNodes, ":7: $EndNodes after 1 of 3 nodes");
        Path unknown = write("unknown.msh", "$MeshFormat\n2.2 0 8\n$EndMeshFormat\n$Nodes\n1\n1 0 0 0\n$EndNodes\n"
                + "$Elements\n1\n1 2 0 1 2 7\n$EndElements\n");
        assertMessage(unknown, ":10: element refers to node 2, which $Nodes does not define");
        Path badNumber = write("bad.msh", "$MeshFormat\n2.2 0 8\n$EndMeshFormat\n$Nodes\n1\n1 0 zero 0\n$EndNodes\n");
        assertMessage(badNumber, ":6: expected a number, found \"zero\"");
        Path version = write("v3.msh", "$MeshFormat\n3.0 0 8\n$EndMeshFormat\n");
        assertMessage(version, ":2: unsupported .msh version 3.0");
        Path notMsh = write("not.msh", "hello\n");
        assertMessage(notMsh, ":1: not a Gmsh .msh file");
    }

    @Test
    void rejectsEdgesSharedByThreeTriangles() throws IOException {
        Path file = write("fan.msh", """
                $MeshFormat
                2.2 0 8
                $EndMeshFormat
                $Nodes
                5
                1 0 0 0
                2 1 0 0
                3 0 1 0
                4 0 -1 0
                5 1 1 0
                $EndNodes
                $Elements
                3
                1 2 0 1 2 3
                2 2 0 1 2 4
                3 2 0 1 2 5
                $EndElements
                """);
        assertMessage(file, ": edge between used nodes 0 and 1 (0-based) is shared by 3 triangles");
    }

    private void assertMessage(Path file, String expectedPart) {
        IOException e = assertThrows(IOException.class, () -> GmshReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static double totalArea(TriangleMesh mesh) {
        double sum = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            assertTrue(mesh.area(e) > 0, "element " + e + " is not counter-clockwise");
            sum += mesh.area(e);
        }
        return sum;
    }

    private static List<Integer> edgesPerName(TriangleMesh mesh) {
        Integer[] counts = new Integer[mesh.boundaryNames().size()];
        java.util.Arrays.fill(counts, 0);
        for (int e = 0; e < mesh.boundaryEdgeCount(); e++) {
            counts[mesh.boundaryEdgeTag(e)]++;
        }
        return List.of(counts);
    }
}
