package org.operatorlab.mesh.field;

import org.operatorlab.mesh.grid.UniformGrid;
import org.operatorlab.mesh.tri.TriangleMesh;

/** What fields live on: a triangle mesh or a uniform grid. Fixes how many values a field needs. */
public sealed interface FieldDomain permits FieldDomain.Mesh, FieldDomain.Grid {
    int nodeCount();

    /** Number of cells that carry cell fields; 0 where cell fields are not supported. */
    int cellCount();

    double nodeX(int node);
    double nodeY(int node);

    /** Tuples a field at {@code location} must have, or -1 where this domain has no such fields. */
    default int sizeAt(FieldLocation location) {
        return location == FieldLocation.NODE ? nodeCount() : cellCount() > 0 ? cellCount() : -1;
    }

    /** A triangle mesh: nodal fields per node, cell fields per triangle. */
    record Mesh(TriangleMesh mesh) implements FieldDomain {
        public Mesh {
            java.util.Objects.requireNonNull(mesh, "mesh");
        }
        @Override public int nodeCount() { return mesh.nodeCount(); }
        @Override public int cellCount() { return mesh.elementCount(); }
        @Override public double nodeX(int node) { return mesh.x(node); }
        @Override public double nodeY(int node) { return mesh.y(node); }
    }

    /**
     * A uniform grid: nodal fields only (a periodic axis has no closing cell a file format could
     * represent), numbered as the grid numbers its nodes, x fastest.
     */
    record Grid(UniformGrid grid) implements FieldDomain {
        public Grid {
            java.util.Objects.requireNonNull(grid, "grid");
        }
        @Override public int nodeCount() { return grid.nodeCount(); }
        @Override public int cellCount() { return 0; }
        @Override public double nodeX(int node) { return grid.x(node % grid.nx()); }
        @Override public double nodeY(int node) { return grid.y(node / grid.nx()); }
    }
}
