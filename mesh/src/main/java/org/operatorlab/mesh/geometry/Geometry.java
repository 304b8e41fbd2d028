package org.operatorlab.mesh.geometry;

import java.util.List;

/**
 * A bounded 2D domain with named boundaries: what a problem file's {@code geometry} describes and
 * what the mesh generator meshes.
 */
public interface Geometry {
    /** The shape's name as used in problem files, e.g. "rectangle". */
    String shape();

    /** The boundary names in a stable order; boundary conditions refer to these. */
    List<String> boundaryNames();

    /** The exact area of the domain. */
    double area();

    BoundingBox bounds();

    /** Whether the point lies inside the closed domain. */
    boolean contains(double x, double y);
}
