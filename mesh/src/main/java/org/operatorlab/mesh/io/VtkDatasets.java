package org.operatorlab.mesh.io;

import org.operatorlab.mesh.field.Field;
import org.operatorlab.mesh.field.FieldDomain;
import org.operatorlab.mesh.field.FieldLocation;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/** Geometry arrays shared by the XML and legacy writers. */
final class VtkDatasets {
    static final int VTK_TRIANGLE = 5;

    private VtkDatasets() { }

    /** Mesh points as (x, y, z) triples; z is the elevation field, if the options name one, else 0. */
    static double[] points(TriangleMesh mesh, FieldSet fields, VtkOptions options) {
        double[] z = elevation(fields, options);
        int n = mesh.nodeCount();
        double[] xyz = new double[3 * n];
        for (int i = 0; i < n; i++) {
            xyz[3 * i] = mesh.x(i);
            xyz[3 * i + 1] = mesh.y(i);
            xyz[3 * i + 2] = z == null ? 0 : z[i];
        }
        return xyz;
    }

    static int[] offsets(TriangleMesh mesh) {
        int[] offsets = new int[mesh.elementCount()];
        for (int e = 0; e < offsets.length; e++) {
            offsets[e] = 3 * (e + 1);
        }
        return offsets;
    }

    static int[] constant(int count, int value) {
        int[] out = new int[count];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /** Spacing along y for a grid; 1D grids get 1 so VTK sees a non-degenerate image. */
    static double ySpacing(UniformGrid grid) {
        return grid.ny() == 1 ? 1 : grid.dy();
    }

    static TriangleMesh requireMesh(FieldSet fields, String what) {
        if (fields.domain() instanceof FieldDomain.Mesh m) {
            return m.mesh();
        }
        throw new IllegalArgumentException(what + " holds triangle meshes, but these fields live on a grid (use .vti or .vtk)");
    }

    static UniformGrid requireGrid(FieldSet fields, String what) {
        if (fields.domain() instanceof FieldDomain.Grid g) {
            return g.grid();
        }
        throw new IllegalArgumentException(what + " holds uniform grids, but these fields live on a mesh (use .vtu or .vtk)");
    }

    /** Nodal values of the options' elevation field, or null when none is named. */
    static double[] elevation(FieldSet fields, VtkOptions options) {
        String name = options.elevationField();
        if (name == null) {
            return null;
        }
        Field f = fields.find(name).orElseThrow(() -> new IllegalArgumentException(
                "elevation field '" + name + "' is not among the fields " + fields.fields().stream().map(Field::name).toList()));
        if (f.location() != FieldLocation.NODE || f.components() != 1) {
            throw new IllegalArgumentException("elevation field '" + name + "' must be a nodal scalar field");
        }
        return f.values();
    }
}
