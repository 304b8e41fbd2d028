package org.operatorlab.solvers.problem;

/** The {@code mesh} of a problem file: how the geometry is discretised. */
public sealed interface MeshSpec {

    /**
     * A uniform grid over the geometry's bounding box; {@code ny == 1} on an interval. A periodic
     * axis excludes its endpoint (see {@code UniformGrid}).
     */
    record Grid(int nx, int ny, boolean periodicX, boolean periodicY) implements MeshSpec {
        public Grid {
            if (nx < 2) {
                throw new IllegalArgumentException("nx must be at least 2, got " + nx);
            }
            if (ny < 1) {
                throw new IllegalArgumentException("ny must be at least 1, got " + ny);
            }
            if (ny == 1 && periodicY) {
                throw new IllegalArgumentException("a 1D grid has no periodic y axis");
            }
        }
    }

    /** Unstructured triangles of about {@code size} edge length. */
    record Triangles(double size) implements MeshSpec {
        public Triangles {
            if (!(size > 0) || !Double.isFinite(size)) {
                throw new IllegalArgumentException("triangle size must be a positive number, got " + size);
            }
        }
    }

    /** The mesh is the Gmsh file the geometry names. */
    record FromFile() implements MeshSpec { }
}
