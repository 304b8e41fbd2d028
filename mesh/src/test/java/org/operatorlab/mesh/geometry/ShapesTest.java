package org.operatorlab.mesh.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ShapesTest {
    static List<double[]> points(double... xy) {
        List<double[]> pts = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            pts.add(new double[] {xy[i], xy[i + 1]});
        }
        return pts;
    }

    @Test
    void standardShapesHaveExactAreasNamesAndMembership() {
        Geometry rect = Shapes.rectangle(-1, 0, 3, 2);
        assertEquals(8.0, rect.area(), 1e-15);
        assertEquals(List.of("bottom", "right", "top", "left"), rect.boundaryNames());
        assertEquals(new BoundingBox(-1, 0, 3, 2), rect.bounds());
        assertTrue(rect.contains(3, 1));
        assertFalse(rect.contains(3.001, 1));

        Geometry l = Shapes.lShape(0, 0, 2, 2);
        assertEquals(3.0, l.area(), 1e-15);
        assertEquals(List.of("outer", "notch"), l.boundaryNames());
        assertTrue(l.contains(0.5, 0.5));
        assertTrue(l.contains(1, 0.5));           // on the notch edge
        assertFalse(l.contains(1.5, 0.5));        // the removed lower-right quadrant
        assertTrue(l.contains(1.5, 1.5));

        Geometry disk = Shapes.disk(1, 2, 0.5);
        assertEquals(Math.PI * 0.25, disk.area(), 1e-15);
        assertEquals(List.of("outer"), disk.boundaryNames());
        assertTrue(disk.contains(1.5, 2));
        assertFalse(disk.contains(1.36, 2.36));

        Geometry ring = Shapes.annulus(0, 0, 1, 2);
        assertEquals(3 * Math.PI, ring.area(), 1e-14);
        assertEquals(List.of("outer", "inner"), ring.boundaryNames());
        assertFalse(ring.contains(0.5, 0.5));
        assertTrue(ring.contains(1.2, 0.5));
        assertEquals(new BoundingBox(-2, -2, 2, 2), ring.bounds());
    }

    @Test
    void polygonNormalisesOrientationAndKeepsEdgeNames() {
        // outer given clockwise, hole given counter-clockwise
        Loop outer = new Loop(points(0, 0, 0, 4, 4, 4, 4, 0), List.of("w", "n", "e", "s"));
        Loop hole = Loop.named(points(1, 1, 2, 1, 2, 2, 1, 2), "hole");
        Geometry g = Shapes.polygon(List.of(outer, hole));
        assertEquals(15.0, g.area(), 1e-14);
        assertEquals(List.of("w", "n", "e", "s", "hole"), g.boundaryNames());
        assertFalse(g.contains(1.5, 1.5));
        assertTrue(g.contains(1, 1.5));           // on the hole's edge: closed domain
        assertTrue(g.contains(3, 3));

        List<List<BoundaryCurve>> loops = ((PiecewiseGeometry) g).boundaryLoops();
        assertTrue(signedArea(loops.get(0)) > 0, "outer loop counter-clockwise");
        assertTrue(signedArea(loops.get(1)) < 0, "hole clockwise");
        for (BoundaryCurve c : loops.get(0)) {
            LineSegment s = (LineSegment) c;
            switch (s.name()) {
                case "w" -> assertTrue(s.x0() == 0 && s.x1() == 0);
                case "n" -> assertTrue(s.y0() == 4 && s.y1() == 4);
                case "e" -> assertTrue(s.x0() == 4 && s.x1() == 4);
                case "s" -> assertTrue(s.y0() == 0 && s.y1() == 0);
                default -> throw new AssertionError("unexpected name " + s.name());
            }
        }
    }

    private static double signedArea(List<BoundaryCurve> loop) {
        double twice = 0;
        for (BoundaryCurve c : loop) {
            double[] a = c.point(0), b = c.point(1);
            twice += a[0] * b[1] - b[0] * a[1];
        }
        return twice / 2;
    }

    @Test
    void circlesAreParametrisedWithTheDomainOnTheLeft() {
        List<List<BoundaryCurve>> loops = ((PiecewiseGeometry) Shapes.annulus(1, 1, 0.5, 2)).boundaryLoops();
        CircleArc outer = (CircleArc) loops.get(0).get(0);
        CircleArc inner = (CircleArc) loops.get(1).get(0);
        assertEquals(2 * Math.PI * 2, outer.length(), 1e-14);
        assertTrue(outer.endAngle() > outer.startAngle());
        assertTrue(inner.endAngle() < inner.startAngle());
        double[] p = inner.point(0.3);
        assertEquals(0.5, Math.hypot(p[0] - 1, p[1] - 1), 1e-15);
    }

    @Test
    void badInputGivesOneLineMessages() {
        expect("rectangle needs xMax > xMin, got xMin=1.0 xMax=1.0", () -> Shapes.rectangle(1, 0, 1, 2));
        expect("lshape needs yMax > yMin, got yMin=2.0 yMax=0.0", () -> Shapes.lShape(0, 2, 1, 0));
        expect("radius must be positive and finite, got 0.0", () -> Shapes.disk(0, 0, 0));
        expect("radius must be positive and finite, got -1.0", () -> Shapes.disk(0, 0, -1));
        expect("annulus needs 0 < innerRadius < outerRadius, got inner 2.0 and outer 2.0",
                () -> Shapes.annulus(0, 0, 2, 2));
        expect("annulus inner radius must be positive, got 0.0", () -> Shapes.annulus(0, 0, 0, 2));
        expect("a loop needs at least 3 points, got 2", () -> Loop.named(points(0, 0, 1, 1), "b"));
        expect("a loop of 3 points has 3 edges but 2 edge names",
                () -> new Loop(points(0, 0, 1, 0, 0, 1), List.of("a", "b")));
        expect("loop point 1 is not a finite (x, y) pair", () -> Loop.named(points(0, 0, Double.NaN, 0, 0, 1), "b"));
        expect("loop 0 intersects itself: edge 0 meets edge 2",
                () -> Shapes.polygon(List.of(Loop.named(points(0, 0, 1, 1, 1, 0, 0, 1), "bow"))));
        expect("loop 0 repeats point 1 (zero-length edge)",
                () -> Shapes.polygon(List.of(Loop.named(points(0, 0, 1, 0, 1, 0, 0, 1), "b"))));
        expect("loop 0 intersects itself: edge 0 meets edge 1",
                () -> Shapes.polygon(List.of(Loop.named(points(0, 0, 2, 0, 1, 0), "flat"))));
        Loop square = Loop.named(points(0, 0, 4, 0, 4, 4, 0, 4), "outer");
        expect("hole 1 (loop 1) is not strictly inside the outer loop",
                () -> Shapes.polygon(List.of(square, Loop.named(points(5, 5, 6, 5, 6, 6), "h"))));
        expect("hole 1 (loop 1) is not strictly inside the outer loop",
                () -> Shapes.polygon(List.of(square, Loop.named(points(3, 1, 5, 1, 5, 2), "h"))));
        expect("holes 1 and 2 overlap", () -> Shapes.polygon(List.of(square,
                Loop.named(points(1, 1, 2, 1, 2, 2, 1, 2), "a"), Loop.named(points(1.5, 1.5, 3, 1.5, 3, 3), "b"))));
        expect("holes 1 and 2 overlap", () -> Shapes.polygon(List.of(square,
                Loop.named(points(1, 1, 3, 1, 3, 3, 1, 3), "a"), Loop.named(points(1.5, 1.5, 2, 1.5, 2, 2), "b"))));
        expect("polygon needs at least one loop", () -> Shapes.polygon(List.of()));
    }

    private static void expect(String message, Executable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
