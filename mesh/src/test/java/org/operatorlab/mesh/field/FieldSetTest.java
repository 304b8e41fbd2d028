package org.operatorlab.mesh.field;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

class FieldSetTest {
    /** Two triangles on the unit square. */
    static final TriangleMesh SQUARE = new TriangleMesh(new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1},
            new int[] {0, 1, 2, 0, 2, 3}, new int[] {0, 1, 1, 2, 2, 3, 3, 0}, new int[] {0, 0, 0, 0},
            List.of("boundary"));

    @Test
    void checksLengthsAgainstTheMesh() {
        FieldSet set = FieldSet.on(SQUARE).withNodal("u", new double[] {1, 2, 3, 4}).withCell("k", new double[] {5, 6})
                .with(Field.nodalVector("v", 2, new double[] {1, 0, 0, 1, 1, 1, 0, 0}));
        assertEquals(List.of("u", "k", "v"), set.fields().stream().map(Field::name).toList());
        assertEquals(List.of("u", "v"), set.fields(FieldLocation.NODE).stream().map(Field::name).toList());
        assertEquals(1.0, set.get("v").value(2, 1));
        assertArrayEquals(new double[] {0, 1, 1, 0}, set.get("v").component(1));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> set.withNodal("w", new double[] {1, 2, 3}));
        assertEquals("field 'w' has 3 nodal values but the mesh has 4 nodes", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> set.withCell("c", new double[] {1, 2, 3}));
        assertEquals("field 'c' has 3 cell values but the mesh has 2 cells", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> set.withNodal("u", new double[4]));
        assertEquals("field 'u' is already in this set", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> set.get("p"));
        assertEquals("no field 'p'; this set has [u, k, v]", e.getMessage());
    }

    @Test
    void gridsCarryNodalFieldsOnly() {
        UniformGrid grid = UniformGrid.of(3, 2, 0, 0, 1, 1);
        FieldSet set = FieldSet.on(grid).withNodal("u", new double[6]);
        assertEquals(6, set.get("u").size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> set.withCell("k", new double[2]));
        assertEquals("field 'k' is a cell field, but a grid carries nodal fields only", e.getMessage());
        FieldDomain domain = set.domain();
        assertEquals(0.5, domain.nodeX(4));
        assertEquals(1.0, domain.nodeY(4));
    }

    @Test
    void fieldsAreDefensiveCopiesAndNamesAreChecked() {
        double[] values = {1, 2, 3, 4};
        Field f = Field.nodal("u", values);
        values[0] = 99;
        assertEquals(1.0, f.value(0));
        f.values()[1] = 99;
        assertEquals(2.0, f.value(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Field.nodal("a b", new double[1]));
        assertEquals("field name 'a b' contains ' ' at position 1; use letters, digits, '_', '-' or '.'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Field.nodalVector("v", 2, new double[3]));
        assertEquals("field 'v' has 3 values, not a multiple of its 2 components", e.getMessage());
    }

    @Test
    void timeSeriesNeedsIncreasingTimesOnOneDomain() {
        FieldSet a = FieldSet.on(SQUARE).withNodal("u", new double[4]);
        TimeSeries series = TimeSeries.empty().append(0, a).append(0.5, a);
        assertEquals(2, series.size());
        assertEquals(0.5, series.step(1).time());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> series.append(0.5, a));
        assertEquals("time step 2 at t = 0.5 does not come after step 1 at t = 0.5", e.getMessage());
        FieldSet onGrid = FieldSet.on(UniformGrid.line(4, 0, 1, false));
        e = assertThrows(IllegalArgumentException.class, () -> series.append(1, onGrid));
        assertEquals("time step 2 at t = 1.0 lives on a different mesh or grid than step 0", e.getMessage());
    }
}
