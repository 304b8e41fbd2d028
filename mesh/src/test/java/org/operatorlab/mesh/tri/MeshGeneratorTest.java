package org.operatorlab.mesh.tri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.operatorlab.mesh.geometry.BoundingBox;
import org.operatorlab.mesh.geometry.Geometry;
import org.operatorlab.mesh.geometry.Loop;
import org.operatorlab.mesh.geometry.Shapes;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.CancelledException;
import org.operatorlab.mesh.task.ProgressListener;

class MeshGeneratorTest {

    /** Says, from the shape's own definition, whether a point lies on the boundary of a given name. */
    interface OnBoundary {
        boolean test(String name, double x, double y);
    }

    record Case(String label, Geometry geometry, int holes, boolean curved, double h, OnBoundary on) {
        @Override
        public String toString() { return label; }
    }

    /** Named straight edges: {x0, y0, x1, y1} each. */
    static OnBoundary segments(Object... nameAndCoordinates) {
        return (name, x, y) -> {
            for (int i = 0; i < nameAndCoordinates.length; i += 2) {
                double[] s = (double[]) nameAndCoordinates[i + 1];
                if (nameAndCoordinates[i].equals(name) && distance(s, x, y) < 1e-12) {
                    return true;
                }
            }
            return false;
        };
    }

    static double distance(double[] s, double x, double y) {
        double ex = s[2] - s[0], ey = s[3] - s[1];
        double t = Math.max(0, Math.min(1, ((x - s[0]) * ex + (y - s[1]) * ey) / (ex * ex + ey * ey)));
        return Math.hypot(s[0] + t * ex - x, s[1] + t * ey - y);
    }

    static OnBoundary circles(double cx, double cy, double outer, double inner) {
        return (name, x, y) -> Math.abs(Math.hypot(x - cx, y - cy) - (name.equals("outer") ? outer
                : name.equals("inner") ? inner : Double.NaN)) < 1e-12;
    }

    static List<double[]> points(double... xy) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            pts.add(new double[] {xy[i], xy[i + 1]});
        }
        return pts;
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("rectangle", Shapes.rectangle(0, 0, 2, 1), 0, false, 0.1, segments(
                        "left", new double[] {0, 0, 0, 1}, "right", new double[] {2, 0, 2, 1},
                        "bottom", new double[] {0, 0, 2, 0}, "top", new double[] {0, 1, 2, 1})),
                new Case("lshape", Shapes.lShape(-1, -1, 1, 1), 0, false, 0.1, segments(
                        "outer", new double[] {-1, -1, 0, -1}, "outer", new double[] {1, 0, 1, 1},
                        "outer", new double[] {1, 1, -1, 1}, "outer", new double[] {-1, 1, -1, -1},
                        "notch", new double[] {0, -1, 0, 0}, "notch", new double[] {0, 0, 1, 0})),
                new Case("disk", Shapes.disk(0.5, -0.2, 1), 0, true, 0.1, circles(0.5, -0.2, 1, 0)),
                new Case("annulus", Shapes.annulus(0, 0, 0.4, 1), 1, true, 0.1, circles(0, 0, 1, 0.4)),
                new Case("two holes", Shapes.polygon(List.of(
                        Loop.named(points(0, 0, 3, 0, 3, 2, 0, 2), "outer"),
                        Loop.named(points(0.5, 0.5, 1.2, 0.5, 1.2, 1.5, 0.5, 1.5), "square"),
                        Loop.named(points(2, 0.5, 2.5, 1, 2, 1.5), "triangle"))), 2, false, 0.1, segments(
                        "outer", new double[] {0, 0, 3, 0}, "outer", new double[] {3, 0, 3, 2},
                        "outer", new double[] {3, 2, 0, 2}, "outer", new double[] {0, 2, 0, 0},
                        "square", new double[] {0.5, 0.5, 1.2, 0.5}, "square", new double[] {1.2, 0.5, 1.2, 1.5},
                        "square", new double[] {1.2, 1.5, 0.5, 1.5}, "square", new double[] {0.5, 1.5, 0.5, 0.5},
                        "triangle", new double[] {2, 0.5, 2.5, 1}, "triangle", new double[] {2.5, 1, 2, 1.5},
                        "triangle", new double[] {2, 1.5, 2, 0.5})));
    }

    static Stream<Case> polygonCases() {
        return cases().filter(c -> !c.curved());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void elementsArePositiveWellShapedAndSized(Case c) {
        TriangleMesh mesh = MeshGenerator.generate(c.geometry(), c.h());
        MeshQuality q = MeshQuality.of(mesh);
        assertEquals(0, q.invertedCount(), "inverted or degenerate elements");
        assertTrue(q.minAngleDegrees() >= MeshGenerator.MIN_ANGLE_DEGREES, q.summary());
        assertTrue(q.maxAngleDegrees() <= 180 - 2 * MeshGenerator.MIN_ANGLE_DEGREES, q.summary());
        assertTrue(q.maxEdgeLength() <= 1.5 * c.h(), q.summary());
        assertTrue(q.meanEdgeLength() > 0.7 * c.h() && q.meanEdgeLength() < 1.05 * c.h(), q.summary());
        MeshTopology topology = MeshTopology.of(mesh);
        assertEquals(0, topology.nonManifoldEdgeCount());
        assertEquals(1 - c.holes(), topology.eulerCharacteristic(), "V - E + F");

        Set<String> coordinates = new HashSet<>();
        for (int v = 0; v < mesh.nodeCount(); v++) {
            assertTrue(coordinates.add(mesh.x(v) + "," + mesh.y(v)), "duplicate node " + v);
            assertTrue(c.geometry().contains(mesh.x(v), mesh.y(v)), "node outside the domain");
        }
        for (int e = 0; e < mesh.elementCount(); e++) {
            double cx = 0, cy = 0;
            for (int k = 0; k < 3; k++) {
                cx += mesh.x(mesh.node(e, k)) / 3;
                cy += mesh.y(mesh.node(e, k)) / 3;
            }
            assertTrue(c.geometry().contains(cx, cy), "element " + e + " outside the domain (in a hole?)");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void boundaryEdgesAreExactlyTheFreeEdgesAndCarryTheRightNames(Case c) {
        TriangleMesh mesh = MeshGenerator.generate(c.geometry(), c.h());
        Set<Long> tagged = new HashSet<>();
        Set<String> namesSeen = new HashSet<>();
        double greenArea = 0;
        for (int e = 0; e < mesh.boundaryEdgeCount(); e++) {
            int a = mesh.boundaryEdgeNode(e, 0), b = mesh.boundaryEdgeNode(e, 1);
            assertTrue(tagged.add(key(a, b)), "boundary edge tagged twice");
            String name = mesh.boundaryEdgeName(e);
            namesSeen.add(name);
            assertTrue(c.on().test(name, mesh.x(a), mesh.y(a)) && c.on().test(name, mesh.x(b), mesh.y(b)),
                    "edge tagged " + name + " at (" + mesh.x(a) + ", " + mesh.y(a) + ") is not on it");
            if (!c.curved()) {
                assertTrue(c.on().test(name, 0.5 * (mesh.x(a) + mesh.x(b)), 0.5 * (mesh.y(a) + mesh.y(b))));
            }
            greenArea += 0.5 * (mesh.x(a) * mesh.y(b) - mesh.x(b) * mesh.y(a));
        }
        assertEquals(Set.copyOf(c.geometry().boundaryNames()), namesSeen);
        int[] free = MeshTopology.of(mesh).freeEdges();
        Set<Long> freeKeys = new HashSet<>();
        for (int i = 0; i < free.length; i += 2) {
            freeKeys.add(key(free[i], free[i + 1]));
        }
        assertEquals(freeKeys, tagged);
        // edges run with the domain on their left, so Green's theorem over them gives the mesh area
        assertEquals(MeshQuality.of(mesh).totalArea(), greenArea, 1e-12 * c.geometry().area());
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    @ParameterizedTest
    @MethodSource("polygonCases")
    void polygonAreaIsExact(Case c) {
        TriangleMesh mesh = MeshGenerator.generate(c.geometry(), c.h());
        assertEquals(c.geometry().area(), MeshQuality.of(mesh).totalArea(), 1e-12 * c.geometry().area());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void elementCountGrowsAsInverseSquareOfSize(Case c) {
        int coarse = MeshGenerator.generate(c.geometry(), 2 * c.h()).elementCount();
        int fine = MeshGenerator.generate(c.geometry(), c.h()).elementCount();
        double ratio = (double) fine / coarse;
        assertTrue(ratio > 3 && ratio < 5, c + ": ratio " + ratio);
    }

    @Test
    void diskAreaConvergesAtSecondOrder() {
        Geometry disk = Shapes.disk(0, 0, 1);
        double[] errors = new double[3];
        for (int i = 0; i < 3; i++) {
            errors[i] = disk.area() - MeshQuality.of(MeshGenerator.generate(disk, 0.2 / (1 << i))).totalArea();
            assertTrue(errors[i] > 0, "inscribed polygon must lose area");
        }
        for (int i = 0; i < 2; i++) {
            double ratio = errors[i] / errors[i + 1];
            assertTrue(ratio > 3.3 && ratio < 4.7, "error ratio " + ratio + " in " + Arrays.toString(errors));
        }
    }

    @Test
    void annulusBoundaryPolygonsConvergeAtSecondOrder() {
        // the chord errors of the two circles nearly cancel in the ring's area, so check each circle:
        // the polygon enclosed by the edges tagged "outer" and the one enclosed by "inner"
        Geometry ring = Shapes.annulus(0, 0, 0.5, 1);
        double[][] errors = new double[2][3];
        for (int i = 0; i < 3; i++) {
            TriangleMesh mesh = MeshGenerator.generate(ring, 0.2 / (1 << i));
            double outer = 0, inner = 0;
            for (int e = 0; e < mesh.boundaryEdgeCount(); e++) {
                int a = mesh.boundaryEdgeNode(e, 0), b = mesh.boundaryEdgeNode(e, 1);
                double cross = 0.5 * (mesh.x(a) * mesh.y(b) - mesh.x(b) * mesh.y(a));
                if (mesh.boundaryEdgeName(e).equals("outer")) {
                    outer += cross;
                } else {
                    inner -= cross;     // the hole is traversed clockwise
                }
            }
            assertEquals(MeshQuality.of(mesh).totalArea(), outer - inner, 1e-12);
            errors[0][i] = Math.PI - outer;
            errors[1][i] = Math.PI * 0.25 - inner;
        }
        for (int circle = 0; circle < 2; circle++) {
            for (int i = 0; i < 2; i++) {
                double ratio = errors[circle][i] / errors[circle][i + 1];
                assertTrue(ratio > 3.3 && ratio < 4.7, "circle " + circle + " ratio " + ratio);
            }
        }
    }

    @Test
    void unitDiskAtOneHundredthHasAboutTheExpectedElementCount() {
        TriangleMesh mesh = MeshGenerator.generate(Shapes.disk(0, 0, 1), 0.01);
        MeshQuality q = MeshQuality.of(mesh);
        double equilateral = Math.PI / (Math.sqrt(3) / 4 * 1e-4);
        assertTrue(q.elementCount() > equilateral && q.elementCount() < 2.5 * equilateral, q.summary());
        assertTrue(q.minAngleDegrees() >= 20, q.summary());
        assertEquals(1, MeshTopology.of(mesh).eulerCharacteristic());
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        AtomicLong last = new AtomicLong(-1);
        AtomicLong total = new AtomicLong();
        ProgressListener listener = (done, all, message) -> {
            last.set(done);
            total.set(all);
        };
        TriangleMesh mesh = MeshGenerator.generate(Shapes.rectangle(0, 0, 1, 1), 0.02, listener,
                CancellationToken.none());
        assertEquals(total.get(), last.get());
        assertTrue(last.get() >= mesh.nodeCount());

        CancellationToken cancelled = new CancellationToken();
        cancelled.cancel();
        assertThrows(CancelledException.class,
                () -> MeshGenerator.generate(Shapes.rectangle(0, 0, 1, 1), 0.02, ProgressListener.NONE, cancelled));
    }

    @Test
    @Timeout(20)
    void meshesAStarAndRefusesAnAngleTooSharpInsteadOfLooping() {
        List<double[]> star = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double r = i % 2 == 0 ? 1 : 0.5, t = Math.PI * i / 10;   // tips of 36 degrees
            star.add(new double[] {r * Math.cos(t), r * Math.sin(t)});
        }
        Geometry starShape = Shapes.polygon(List.of(Loop.named(star, "rim")));
        MeshQuality q = MeshQuality.of(MeshGenerator.generate(starShape, 0.05));
        assertTrue(q.minAngleDegrees() >= 20, q.summary());
        assertEquals(starShape.area(), q.totalArea(), 1e-12 * starShape.area());

        double tip = Math.toRadians(10);
        Geometry needle = Shapes.polygon(List.of(Loop.named(points(0, 0, 1, 0, Math.cos(tip), Math.sin(tip)), "w")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MeshGenerator.generate(needle, 0.05));
        assertTrue(e.getMessage().endsWith("boundary angles below about 30 degrees cannot be meshed"), e.getMessage());
    }

    @Test
    void rejectsBadSizesAndUnmeshableGeometries() {
        Geometry rect = Shapes.rectangle(0, 0, 1, 1);
        assertEquals("mesh size must be positive and finite, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> MeshGenerator.generate(rect, 0)).getMessage());
        assertEquals("mesh size 1.0E-6 would give about 2.3e+12 elements for rectangle; use a larger size",
                assertThrows(IllegalArgumentException.class, () -> MeshGenerator.generate(rect, 1e-6)).getMessage());
        Geometry opaque = new Geometry() {
            public String shape() { return "blob"; }
            public List<String> boundaryNames() { return List.of("b"); }
            public double area() { return 1; }
            public BoundingBox bounds() { return new BoundingBox(0, 0, 1, 1); }
            public boolean contains(double x, double y) { return true; }
        };
        assertEquals("cannot mesh geometry 'blob': its boundary is not given as curves",
                assertThrows(IllegalArgumentException.class, () -> MeshGenerator.generate(opaque, 0.1)).getMessage());
    }
}
