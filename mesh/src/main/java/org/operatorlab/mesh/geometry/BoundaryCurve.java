package org.operatorlab.mesh.geometry;

/**
 * One named piece of a domain boundary, parametrised by {@code t} in [0, 1]. The domain lies on the
 * left of the direction of increasing {@code t}, so a mesh generator can place any number of vertices
 * exactly on the curve and knows which side to fill.
 */
public sealed interface BoundaryCurve permits LineSegment, CircleArc {
    /** The boundary name every edge on this curve is tagged with. */
    String name();

    /** The point at parameter {@code t}, as {x, y}. */
    double[] point(double t);

    double length();
}
