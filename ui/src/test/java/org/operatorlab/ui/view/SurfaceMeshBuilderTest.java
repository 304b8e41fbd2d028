package org.operatorlab.ui.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.grid.GridTriangulation;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/** The surface arrays of a known field: placement, texture coordinates and heights, without a display. */
class SurfaceMeshBuilderTest {
    /** A 2 x 1 rectangle: the larger side (2) becomes one view unit. */
    private final TriangleMesh mesh = GridTriangulation.of(UniformGrid.of(9, 5, 0, 0, 2, 1));

    private double[] field() {
        double[] u = new double[mesh.nodeCount()];
        for (int i = 0; i < u.length; i++) {
            u[i] = 3 * mesh.x(i) - mesh.y(i);  // from -1 at (0, 1) to 6 at (2, 0)
        }
        return u;
    }

    @Test
    void min_maps_to_the_first_texel_and_max_to_the_last_with_heights_in_proportion() {
        double[] u = field();
        ValueRange range = ValueRange.of(u);
        assertEquals(-1, range.min(), 1e-12);
        assertEquals(6, range.max(), 1e-12);
        SurfaceGeometry g = SurfaceMeshBuilder.build(mesh, u, range, 0.35);
        double firstTexel = 0.5 / Colormap.TEXTURE_WIDTH, lastTexel = 1 - 0.5 / Colormap.TEXTURE_WIDTH;
        for (int i = 0; i < u.length; i++) {
            double t = (u[i] + 1) / 7;
            assertEquals(firstTexel + t * (lastTexel - firstTexel), g.texCoords()[2 * i], 1e-6, "u of node " + i);
            assertEquals(0.5, g.texCoords()[2 * i + 1], 0);
            // height along -Z: t times 0.35 of the larger side, which is 1 view unit
            assertEquals(-0.35 * t, g.points()[3 * i + 2], 1e-6, "height of node " + i);
        }
        int minNode = indexOf(u, -1), maxNode = indexOf(u, 6);
        assertEquals(firstTexel, g.texCoords()[2 * minNode], 1e-7);
        assertEquals(lastTexel, g.texCoords()[2 * maxNode], 1e-7);
        assertEquals(0, g.points()[3 * minNode + 2], 1e-7);
        assertEquals(-0.35, g.points()[3 * maxNode + 2], 1e-7);
    }

    @Test
    void places_the_domain_centred_with_its_larger_side_one_unit_and_y_up() {
        SurfaceGeometry g = SurfaceMeshBuilder.build(mesh, field(), ValueRange.of(field()), 0);
        for (int i = 0; i < mesh.nodeCount(); i++) {
            assertEquals((mesh.x(i) - 1) / 2, g.points()[3 * i], 1e-6);
            assertEquals(-(mesh.y(i) - 0.5) / 2, g.points()[3 * i + 1], 1e-6);
            assertEquals(0, g.points()[3 * i + 2], 0, "flat");
            double[] back = g.toDomain(g.points()[3 * i], g.points()[3 * i + 1]);
            assertEquals(mesh.x(i), back[0], 1e-6);
            assertEquals(mesh.y(i), back[1], 1e-6);
        }
    }

    @Test
    void faces_list_each_triangle_with_its_nodes_as_points_and_texture_coordinates() {
        SurfaceGeometry g = SurfaceMeshBuilder.build(mesh, field(), ValueRange.of(field()), 0.35);
        assertEquals(6 * mesh.elementCount(), g.faces().length);
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(mesh.node(e, k), g.faces()[6 * e + 2 * k]);
                assertEquals(mesh.node(e, k), g.faces()[6 * e + 2 * k + 1]);
            }
        }
        float[] lifted = g.liftedPoints(0.01f);
        for (int i = 0; i < mesh.nodeCount(); i++) {
            assertEquals(g.points()[3 * i + 2] - 0.01f, lifted[3 * i + 2], 1e-7, "towards the camera");
        }
    }

    @Test
    void the_relief_middle_and_bounding_sphere_follow_the_heights() {
        TriangleMesh square = GridTriangulation.of(UniformGrid.of(5, 5, 0, 0, 1, 1));
        double[] u = new double[square.nodeCount()];
        for (int i = 0; i < u.length; i++) {
            u[i] = square.x(i) * square.y(i);   // 0 at three corners, 1 at (1, 1)
        }
        SurfaceGeometry g = SurfaceMeshBuilder.build(square, u, ValueRange.of(u), 0.4);
        assertEquals(-0.2, g.middleZ(), 1e-6);
        // the farthest points from (0, 0, -0.2) are corners, at height 0 or 0.4: both 0.2 from the middle
        assertEquals(Math.sqrt(0.5 + 0.04), g.boundingRadius(), 1e-6);
        SurfaceGeometry flat = SurfaceMeshBuilder.build(square, u, ValueRange.of(u), 0);
        assertEquals(0, flat.middleZ(), 0);
        assertEquals(Math.sqrt(0.5), flat.boundingRadius(), 1e-6);
    }

    @Test
    void a_fixed_range_clamps_colour_and_height() {
        double[] u = field();
        SurfaceGeometry g = SurfaceMeshBuilder.build(mesh, u, new ValueRange(0, 2), 0.5);
        for (int i = 0; i < u.length; i++) {
            double t = Math.max(0, Math.min(1, u[i] / 2));
            assertEquals(Colormap.textureU(t), g.texCoords()[2 * i], 1e-6);
            assertEquals(-0.5 * t, g.points()[3 * i + 2], 1e-6);
        }
    }

    @Test
    void rejects_a_field_of_the_wrong_length() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurfaceMeshBuilder.build(mesh, new double[3], new ValueRange(0, 1), 0.3));
        assertTrue(e.getMessage().contains("3 values for 45 nodes"), e.getMessage());
    }

    private static int indexOf(double[] u, double v) {
        for (int i = 0; i < u.length; i++) {
            if (Math.abs(u[i] - v) < 1e-12) {
                return i;
            }
        }
        throw new AssertionError("no node with value " + v);
    }
}
