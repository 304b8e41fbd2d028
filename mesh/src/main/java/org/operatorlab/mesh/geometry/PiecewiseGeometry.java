package org.operatorlab.mesh.geometry;

import java.util.List;

/**
 * A geometry whose boundary is a set of closed chains of {@link BoundaryCurve}s, which is what the
 * mesh generator needs. In each chain, curve i ends where curve i+1 starts (cyclically); the first
 * chain is the outer boundary (counter-clockwise), the others are holes (clockwise), so the domain is
 * always on the left.
 */
public interface PiecewiseGeometry extends Geometry {
    List<List<BoundaryCurve>> boundaryLoops();
}
