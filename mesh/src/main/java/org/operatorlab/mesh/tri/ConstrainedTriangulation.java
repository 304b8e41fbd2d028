package org.operatorlab.mesh.tri;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Working state of the mesh generator: a mutable constrained Delaunay triangulation on flat arrays,
 * grown by Bowyer-Watson insertion. Triangles are counter-clockwise (v0, v1, v2); neighbour k lies
 * across the edge opposite vertex k. Segments (boundary edges) are never crossed by a cavity except
 * the one being split. Slots of deleted triangles are reused; {@code generation} changes whenever a
 * slot dies, so queued references can be recognised as stale.
 */
final class ConstrainedTriangulation {
    static final int CAVITY_OK = -1;
    static final int CAVITY_OUTSIDE = -2;

    double[] x = new double[1024];
    double[] y = new double[1024];
    int vertexCount;
    private boolean[] boundaryVertex = new boolean[1024];
    private int[] vertexTriangle = new int[1024];

    int[] tv = new int[3 * 2048];
    int[] tn = new int[3 * 2048];
    int[] generation = new int[2048];
    boolean[] inside = new boolean[2048];
    int slotCount;
    private int[] freeSlots = new int[256];
    private int freeCount;

    // segments: endpoints, the curve they lie on and their parameter interval on it
    int[] segA = new int[256];
    int[] segB = new int[256];
    int[] segCurve = new int[256];
    double[] segT0 = new double[256];
    double[] segT1 = new double[256];
    boolean[] segAlive = new boolean[256];
    int segmentCount;
    private final Map<Long, Integer> segmentOfEdge = new HashMap<>();

    // scratch of one insertion
    private int[] cavity = new int[64];
    private int cavitySize;
    private int[] mark = new int[2048];
    private int stamp;
    private int[] excluded = new int[2048];
    private int excludeStamp;
    private int[] edgeU = new int[64];
    private int[] edgeV = new int[64];
    private int[] edgeOuter = new int[64];
    private int[] edgeOwner = new int[64];
    private boolean[] edgeInside = new boolean[64];
    private int edgeCount;
    private int[] startOf = new int[1024];
    private int[] endOf = new int[1024];
    int[] created = new int[64];
    int createdCount;

    boolean isAlive(int t) { return tv[3 * t] >= 0; }

    int addVertex(double px, double py, boolean onBoundary) {
        if (vertexCount == x.length) {
            int cap = 2 * x.length;
            x = Arrays.copyOf(x, cap);
            y = Arrays.copyOf(y, cap);
            boundaryVertex = Arrays.copyOf(boundaryVertex, cap);
            vertexTriangle = Arrays.copyOf(vertexTriangle, cap);
            startOf = Arrays.copyOf(startOf, cap);
            endOf = Arrays.copyOf(endOf, cap);
        }
        x[vertexCount] = px;
        y[vertexCount] = py;
        boundaryVertex[vertexCount] = onBoundary;
        vertexTriangle[vertexCount] = -1;
        return vertexCount++;
    }

    int vertexTriangle(int v) { return vertexTriangle[v]; }

    int newTriangle(int a, int b, int c) {
        int t;
        if (freeCount > 0) {
            t = freeSlots[--freeCount];
        } else {
            if (slotCount == generation.length) {
                int cap = 2 * generation.length;
                tv = Arrays.copyOf(tv, 3 * cap);
                tn = Arrays.copyOf(tn, 3 * cap);
                generation = Arrays.copyOf(generation, cap);
                inside = Arrays.copyOf(inside, cap);
                mark = Arrays.copyOf(mark, cap);
                excluded = Arrays.copyOf(excluded, cap);
            }
            t = slotCount++;
        }
        tv[3 * t] = a;
        tv[3 * t + 1] = b;
        tv[3 * t + 2] = c;
        tn[3 * t] = tn[3 * t + 1] = tn[3 * t + 2] = -1;
        vertexTriangle[a] = vertexTriangle[b] = vertexTriangle[c] = t;
        return t;
    }

    private void freeTriangle(int t) {
        tv[3 * t] = -1;
        generation[t]++;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, 2 * freeCount);
        }
        freeSlots[freeCount++] = t;
    }

    /** Deletes every triangle not marked inside; segments become hull edges without outer neighbour. */
    void removeOutside() {
        for (int t = 0; t < slotCount; t++) {
            if (isAlive(t) && !inside[t]) {
                freeTriangle(t);
            }
        }
        for (int t = 0; t < slotCount; t++) {
            if (isAlive(t)) {
                for (int k = 0; k < 3; k++) {
                    int nb = tn[3 * t + k];
                    if (nb >= 0 && !isAlive(nb)) {
                        tn[3 * t + k] = -1;
                    }
                    vertexTriangle[tv[3 * t + k]] = t;
                }
            }
        }
    }

    // ---- segments ----

    private static long key(int u, int v) {
        return u < v ? ((long) u << 32) | v : ((long) v << 32) | u;
    }

    int addSegment(int a, int b, int curve, double t0, double t1) {
        if (segmentCount == segA.length) {
            int cap = 2 * segmentCount;
            segA = Arrays.copyOf(segA, cap);
            segB = Arrays.copyOf(segB, cap);
            segCurve = Arrays.copyOf(segCurve, cap);
            segT0 = Arrays.copyOf(segT0, cap);
            segT1 = Arrays.copyOf(segT1, cap);
            segAlive = Arrays.copyOf(segAlive, cap);
        }
        int s = segmentCount++;
        segA[s] = a;
        segB[s] = b;
        segCurve[s] = curve;
        segT0[s] = t0;
        segT1[s] = t1;
        segAlive[s] = true;
        segmentOfEdge.put(key(a, b), s);
        return s;
    }

    void removeSegment(int s) {
        segAlive[s] = false;
        segmentOfEdge.remove(key(segA[s], segB[s]));
    }

    /** The segment on edge (u, v), or -1. */
    int segmentOf(int u, int v) {
        if (!boundaryVertex[u] || !boundaryVertex[v]) {
            return -1;
        }
        Integer s = segmentOfEdge.get(key(u, v));
        return s == null ? -1 : s;
    }

    // ---- predicates ----

    double orient(int u, int v, double px, double py) {
        return (x[v] - x[u]) * (py - y[u]) - (px - x[u]) * (y[v] - y[u]);
    }

    /** Positive when p lies strictly inside the circumcircle of triangle t. */
    double inCircle(int t, double px, double py) {
        int a = tv[3 * t], b = tv[3 * t + 1], c = tv[3 * t + 2];
        double adx = x[a] - px, ady = y[a] - py;
        double bdx = x[b] - px, bdy = y[b] - py;
        double cdx = x[c] - px, cdy = y[c] - py;
        double ad = adx * adx + ady * ady, bd = bdx * bdx + bdy * bdy, cd = cdx * cdx + cdy * cdy;
        return adx * (bdy * cd - bd * cdy) - ady * (bdx * cd - bd * cdx) + ad * (bdx * cdy - bdy * cdx);
    }

    // ---- location ----

    /**
     * Walks from {@code start} towards p. Returns the triangle containing p, {@code -2 - s} when the
     * walk would cross segment s and {@code stopAtSegments} is set, or -1 when p is outside.
     */
    int locate(double px, double py, int start, boolean stopAtSegments) {
        int t = start;
        int limit = 4 * slotCount + 16;
        for (int step = 0; step < limit; step++) {
            int base = 3 * t;
            int next = -1;
            for (int i = 0; i < 3; i++) {
                int k = (i + step) % 3;   // rotate the first edge tried so the walk cannot cycle
                int u = tv[base + (k + 1) % 3], v = tv[base + (k + 2) % 3];
                if (orient(u, v, px, py) < 0) {
                    if (stopAtSegments) {
                        int s = segmentOf(u, v);
                        if (s >= 0) {
                            return -2 - s;
                        }
                    }
                    next = tn[base + k];
                    if (next < 0) {
                        return -1;
                    }
                    break;
                }
            }
            if (next < 0) {
                return t;
            }
            t = next;
        }
        throw new IllegalStateException("point location did not terminate at (" + px + ", " + py + ")");
    }

    /** The live triangle with edge u->v (counter-clockwise), or -1. */
    int triangleWithEdge(int u, int v) {
        int start = vertexTriangle[u];
        int t = start;
        // rotate clockwise around u: from a triangle (u, b, c) move across edge (c, u)
        do {
            int k = indexOf(t, u);
            int b = tv[3 * t + (k + 1) % 3];
            if (b == v) {
                return t;
            }
            t = tn[3 * t + (k + 1) % 3];
        } while (t >= 0 && t != start);
        if (t < 0) {
            t = start;   // u on the hull: rotate the other way
            while (t >= 0) {
                int k = indexOf(t, u);
                if (tv[3 * t + (k + 1) % 3] == v) {
                    return t;
                }
                t = tn[3 * t + (k + 2) % 3];
                if (t == start) {
                    break;
                }
            }
        }
        return -1;
    }

    int indexOf(int t, int v) {
        return tv[3 * t] == v ? 0 : tv[3 * t + 1] == v ? 1 : 2;
    }

    // ---- insertion ----

    private void addToCavity(int t) {
        if (cavitySize == cavity.length) {
            cavity = Arrays.copyOf(cavity, 2 * cavitySize);
        }
        cavity[cavitySize++] = t;
        mark[t] = stamp;
    }

    /**
     * Finds the Bowyer-Watson cavity of p, grown from the seed triangles, never crossing a segment
     * other than {@code allowedSegment}. Returns {@link #CAVITY_OK}, {@link #CAVITY_OUTSIDE}, or the
     * segment that blocks a star-shaped cavity (p lies beyond it). Changes nothing.
     */
    int buildCavity(double px, double py, int[] seeds, int seedCount, int allowedSegment) {
        excludeStamp++;
        while (true) {
            int status = tryCavity(px, py, seeds, seedCount, allowedSegment);
            if (status != RETRY) {
                return status;
            }
        }
    }

    private static final int RETRY = -3;

    private int tryCavity(double px, double py, int[] seeds, int seedCount, int allowedSegment) {
        stamp++;
        cavitySize = 0;
        for (int i = 0; i < seedCount; i++) {
            if (seeds[i] >= 0 && mark[seeds[i]] != stamp) {
                addToCavity(seeds[i]);
            }
        }
        int seedsInCavity = cavitySize;
        for (int i = 0; i < cavitySize; i++) {
            int t = cavity[i];
            for (int k = 0; k < 3; k++) {
                int nb = tn[3 * t + k];
                if (nb < 0 || mark[nb] == stamp || excluded[nb] == excludeStamp) {
                    continue;
                }
                int s = segmentOf(tv[3 * t + (k + 1) % 3], tv[3 * t + (k + 2) % 3]);
                if (s >= 0 && s != allowedSegment) {
                    continue;
                }
                if (inCircle(nb, px, py) > 0) {
                    addToCavity(nb);
                }
            }
        }
        // every new triangle (u, v, p) must be counter-clockwise; grow the cavity where it is not
        while (true) {
            collectCavityEdges();
            boolean grown = false;
            for (int i = 0; i < edgeCount; i++) {
                if (orient(edgeU[i], edgeV[i], px, py) > 0 || isSplitHullEdge(i, allowedSegment)) {
                    continue;
                }
                int s = segmentOf(edgeU[i], edgeV[i]);
                if (s >= 0 && s != allowedSegment) {
                    if (isSeed(edgeOwner[i], seedsInCavity)) {
                        return s;
                    }
                    // reached around a segment end but hidden behind the segment from p: leave it out
                    excluded[edgeOwner[i]] = excludeStamp;
                    return RETRY;
                }
                if (edgeOuter[i] < 0) {
                    return CAVITY_OUTSIDE;
                }
                if (excluded[edgeOuter[i]] == excludeStamp) {
                    // the way on leads behind a segment: what leads there is hidden from p too
                    if (isSeed(edgeOwner[i], seedsInCavity)) {
                        return CAVITY_OUTSIDE;
                    }
                    excluded[edgeOwner[i]] = excludeStamp;
                    return RETRY;
                }
                addToCavity(edgeOuter[i]);
                grown = true;
            }
            if (!grown) {
                return CAVITY_OK;
            }
        }
    }

    /** The segment being split, seen from its only (domain) side: no triangle is built on it. */
    private boolean isSplitHullEdge(int i, int allowedSegment) {
        return allowedSegment >= 0 && edgeOuter[i] < 0 && segmentOf(edgeU[i], edgeV[i]) == allowedSegment;
    }

    private boolean isSeed(int t, int seedsInCavity) {
        for (int i = 0; i < seedsInCavity; i++) {
            if (cavity[i] == t) {
                return true;
            }
        }
        return false;
    }

    private void collectCavityEdges() {
        edgeCount = 0;
        for (int i = 0; i < cavitySize; i++) {
            int t = cavity[i];
            for (int k = 0; k < 3; k++) {
                int nb = tn[3 * t + k];
                if (nb >= 0 && mark[nb] == stamp) {
                    continue;
                }
                if (edgeCount == edgeU.length) {
                    int cap = 2 * edgeCount;
                    edgeU = Arrays.copyOf(edgeU, cap);
                    edgeV = Arrays.copyOf(edgeV, cap);
                    edgeOuter = Arrays.copyOf(edgeOuter, cap);
                    edgeOwner = Arrays.copyOf(edgeOwner, cap);
                    edgeInside = Arrays.copyOf(edgeInside, cap);
                }
                edgeU[edgeCount] = tv[3 * t + (k + 1) % 3];
                edgeV[edgeCount] = tv[3 * t + (k + 2) % 3];
                edgeOuter[edgeCount] = nb;
                edgeOwner[edgeCount] = t;
                edgeInside[edgeCount] = inside[t];
                edgeCount++;
            }
        }
    }

    /** The cavity edges that are segments, as segment ids, after a successful {@link #buildCavity}. */
    int cavitySegments(int[] out) {
        int n = 0;
        for (int i = 0; i < edgeCount && n < out.length; i++) {
            int s = segmentOf(edgeU[i], edgeV[i]);
            if (s >= 0) {
                out[n++] = s;
            }
        }
        return n;
    }

    /** Replaces the cavity found by {@link #buildCavity} with the star of a new vertex at p. */
    int commit(double px, double py, boolean onBoundary) {
        return commit(px, py, onBoundary, -1);
    }

    /** As {@link #commit(double, double, boolean)}, for a point splitting {@code splitSegment}. */
    int commit(double px, double py, boolean onBoundary, int splitSegment) {
        int p = addVertex(px, py, onBoundary);
        for (int i = 0; i < cavitySize; i++) {
            freeTriangle(cavity[i]);
        }
        if (created.length < edgeCount) {
            created = new int[2 * edgeCount];
        }
        createdCount = 0;
        int skipped = -1;
        for (int i = 0; i < edgeCount; i++) {
            int u = edgeU[i], v = edgeV[i], outer = edgeOuter[i];
            if (isSplitHullEdge(i, splitSegment)) {
                skipped = i;    // the new vertex replaces this hull edge by two
                continue;
            }
            int t = newTriangle(u, v, p);
            inside[t] = edgeInside[i];
            tn[3 * t + 2] = outer;
            if (outer >= 0) {
                // the outer triangle has the edge as v -> u; its neighbour slot is opposite its third vertex
                int k = (indexOf(outer, v) + 2) % 3;
                tn[3 * outer + k] = t;
            }
            startOf[u] = t;
            endOf[v] = t;
            created[createdCount++] = t;
        }
        if (skipped >= 0) {
            startOf[edgeU[skipped]] = -1;
            endOf[edgeV[skipped]] = -1;
        }
        for (int i = 0; i < createdCount; i++) {
            int t = created[i];
            tn[3 * t] = startOf[tv[3 * t + 1]];
            tn[3 * t + 1] = endOf[tv[3 * t]];
        }
        return p;
    }
}
