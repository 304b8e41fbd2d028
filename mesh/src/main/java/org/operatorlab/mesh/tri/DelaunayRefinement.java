package org.operatorlab.mesh.tri;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.operatorlab.mesh.geometry.BoundaryCurve;
import org.operatorlab.mesh.geometry.BoundingBox;
import org.operatorlab.mesh.geometry.PiecewiseGeometry;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;

/**
 * One run of Ruppert's Delaunay refinement: discretise the boundary curves, triangulate them inside
 * an enclosing box, recover missing boundary segments, mark the domain by parity of crossed segments,
 * then insert circumcentres of bad (small-angle) or big triangles, splitting encroached boundary
 * segments at their curve's parameter midpoint so new boundary vertices stay on the exact curve.
 */
final class DelaunayRefinement {
    private final PiecewiseGeometry geometry;
    private final double targetSize;
    private final double maxRadiusSquared;
    private final double maxRatioSquared;
    private final ProgressListener progress;
    private final CancellationToken cancel;
    private final ConstrainedTriangulation tri = new ConstrainedTriangulation();
    private final List<BoundaryCurve> curves = new ArrayList<>();
    private final List<Integer> curveTags = new ArrayList<>();
    private final long vertexLimit;
    private final long expectedVertices;

    private int[] triQueue = new int[4096];  // (triangle, generation) pairs, FIFO
    private int triHead;
    private int triTail;
    private int[] segQueue = new int[256];   // LIFO: encroached segments go first
    private int segTop;
    private final int[] seeds = new int[3];
    private final int[] cavitySegments = new int[64];

    DelaunayRefinement(PiecewiseGeometry geometry, double targetSize, double minAngleDegrees, double radiusFactor,
                       ProgressListener progress, CancellationToken cancel) {
        this.geometry = geometry;
        this.targetSize = targetSize;
        double maxRadius = radiusFactor * targetSize;
        this.maxRadiusSquared = maxRadius * maxRadius;
        double ratio = 1 / (2 * Math.sin(Math.toRadians(minAngleDegrees)));
        this.maxRatioSquared = ratio * ratio;
        this.progress = progress;
        this.cancel = cancel;
        this.expectedVertices = (long) (geometry.area() / (0.433 * targetSize * targetSize) / 2);
        this.vertexLimit = 40 * expectedVertices + 100_000;
    }

    TriangleMesh run() {
        cancel.throwIfCancelled();
        BoundingBox box = geometry.bounds();
        double margin = Math.max(box.width(), box.height());
        int c0 = tri.addVertex(box.xMin() - margin, box.yMin() - margin, false);
        int c1 = tri.addVertex(box.xMax() + margin, box.yMin() - margin, false);
        int c2 = tri.addVertex(box.xMax() + margin, box.yMax() + margin, false);
        int c3 = tri.addVertex(box.xMin() - margin, box.yMax() + margin, false);
        int t0 = tri.newTriangle(c0, c1, c2);
        int t1 = tri.newTriangle(c0, c2, c3);
        tri.tn[3 * t0 + 1] = t1;
        tri.tn[3 * t1 + 2] = t0;

        insertBoundary();
        recoverSegments();
        markDomain();
        tri.removeOutside();
        queueInitialWork();
        refine();
        return extract();
    }

    // ---- boundary ----

    private void insertBoundary() {
        List<String> names = geometry.boundaryNames();
        int last = 0;
        for (List<BoundaryCurve> loop : geometry.boundaryLoops()) {
            List<int[]> pieces = new ArrayList<>();        // {firstVertex, curve, j, n}
            int loopStart = tri.vertexCount;
            for (BoundaryCurve curve : loop) {
                int ci = curves.size();
                curves.add(curve);
                curveTags.add(names.indexOf(curve.name()));
                int n = pieceCount(curve, loop.size());
                for (int j = 0; j < n; j++) {
                    double[] p = curve.point((double) j / n);
                    int v = insertPoint(p[0], p[1], last);
                    last = tri.vertexTriangle(v);
                    pieces.add(new int[] {v, ci, j, n});
                }
            }
            for (int i = 0; i < pieces.size(); i++) {
                int[] piece = pieces.get(i);
                int next = i + 1 < pieces.size() ? pieces.get(i + 1)[0] : loopStart;
                tri.addSegment(piece[0], next, piece[1], (double) piece[2] / piece[3],
                        (double) (piece[2] + 1) / piece[3]);
            }
        }
    }

    private int pieceCount(BoundaryCurve curve, int curvesInLoop) {
        int n = (int) Math.ceil(curve.length() / targetSize - 1e-9);
        if (curve instanceof org.operatorlab.mesh.geometry.CircleArc arc) {
            // at least one piece per 45 degrees, so coarse meshes still resemble the circle
            n = Math.max(n, (int) Math.ceil(Math.abs(arc.endAngle() - arc.startAngle()) / (Math.PI / 4) - 1e-9));
        }
        return Math.max(n, curvesInLoop == 1 ? 3 : 1);
    }

    /** Plain Delaunay insertion (no segments may block), used for the boundary vertices. */
    private int insertPoint(double px, double py, int start) {
        int t = tri.locate(px, py, start, false);
        seeds[0] = t;
        int status = tri.buildCavity(px, py, seeds, 1, -1);
        if (t < 0 || status != ConstrainedTriangulation.CAVITY_OK) {
            throw new IllegalStateException("could not insert boundary point (" + px + ", " + py + ")");
        }
        return tri.commit(px, py, true);
    }

    /** Splits segments missing from the triangulation until every one is an edge. */
    private void recoverSegments() {
        for (int round = 0; ; round++) {
            boolean missing = false;
            int count = tri.segmentCount;
            for (int s = 0; s < count; s++) {
                if (tri.segAlive[s] && tri.triangleWithEdge(tri.segA[s], tri.segB[s]) < 0
                        && tri.triangleWithEdge(tri.segB[s], tri.segA[s]) < 0) {
                    splitSegment(s, false);
                    missing = true;
                }
            }
            if (!missing) {
                return;
            }
            if (round > 60) {
                throw new IllegalArgumentException("boundary of " + geometry.shape()
                        + " could not be recovered in the triangulation");
            }
        }
    }

    /** Domain = triangles separated from the enclosing box by an odd number of segments. */
    private void markDomain() {
        int n = tri.slotCount;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        int[] current = new int[n];
        int[] next = new int[n];
        int currentSize = 0;
        int start = tri.vertexTriangle(0);
        current[currentSize++] = start;
        depth[start] = 0;
        for (int level = 0; currentSize > 0; level++) {
            int nextSize = 0;
            for (int i = 0; i < currentSize; i++) {
                int t = current[i];
                tri.inside[t] = (level & 1) == 1;
                for (int k = 0; k < 3; k++) {
                    int nb = tri.tn[3 * t + k];
                    if (nb < 0 || depth[nb] >= 0) {
                        continue;
                    }
                    boolean segment = tri.segmentOf(tri.tv[3 * t + (k + 1) % 3], tri.tv[3 * t + (k + 2) % 3]) >= 0;
                    if (segment) {
                        depth[nb] = level + 1;
                        next[nextSize++] = nb;
                    } else {
                        depth[nb] = level;
                        current[currentSize++] = nb;
                    }
                }
            }
            int[] swap = current;
            current = next;
            next = swap;
            currentSize = nextSize;
        }
    }

    private void queueInitialWork() {
        for (int s = 0; s < tri.segmentCount; s++) {
            if (tri.segAlive[s]) {
                int t = tri.triangleWithEdge(tri.segA[s], tri.segB[s]);
                if (t >= 0 && tri.inside[t] && encroaches(s, tri.tv[3 * t + (tri.indexOf(t, tri.segA[s]) + 2) % 3])) {
                    pushSegment(s);
                }
            }
        }
        for (int t = 0; t < tri.slotCount; t++) {
            if (tri.isAlive(t) && tri.inside[t]) {
                pushTriangle(t);
            }
        }
    }

    // ---- refinement ----

    private void refine() {
        long nextReport = 1024;
        long steps = 0;
        while (true) {
            if (++steps > 10 * vertexLimit) {
                throw notConverging();
            }
            if (tri.vertexCount >= nextReport) {
                cancel.throwIfCancelled();
                progress.progress(tri.vertexCount, Math.max(expectedVertices, tri.vertexCount), "refining mesh");
                nextReport += 1024;
                if (tri.vertexCount > vertexLimit) {
                    throw notConverging();
                }
            }
            if (segTop > 0) {
                int s = segQueue[--segTop];
                if (tri.segAlive[s]) {
                    splitSegment(s, true);
                }
                continue;
            }
            if (triHead == triTail) {
                return;
            }
            int t = triQueue[triHead++];
            int gen = triQueue[triHead++];
            if (tri.generation[t] == gen && tri.isAlive(t) && tri.inside[t] && isBad(t)) {
                refineTriangle(t);
            }
        }
    }

    private IllegalArgumentException notConverging() {
        return new IllegalArgumentException("mesh refinement of " + geometry.shape() + " did not converge ("
                + tri.vertexCount + " vertices); boundary angles below about 30 degrees cannot be meshed");
    }

    private void refineTriangle(int t) {
        int a = tri.tv[3 * t], b = tri.tv[3 * t + 1], c = tri.tv[3 * t + 2];
        double ax = tri.x[a], ay = tri.y[a];
        double bx = tri.x[b] - ax, by = tri.y[b] - ay, cx = tri.x[c] - ax, cy = tri.y[c] - ay;
        double d = 2 * (bx * cy - by * cx);
        double b2 = bx * bx + by * by, c2 = cx * cx + cy * cy;
        double px = ax + (cy * b2 - by * c2) / d;
        double py = ay + (bx * c2 - cx * b2) / d;

        int loc = tri.locate(px, py, t, true);
        if (loc <= -2) {            // the circumcentre lies beyond a boundary segment: split it
            pushSegment(-2 - loc);
            pushTriangle(t);
            return;
        }
        if (loc < 0) {
            return;
        }
        seeds[0] = loc;
        int status = tri.buildCavity(px, py, seeds, 1, -1);
        if (status >= 0) {
            pushSegment(status);
            pushTriangle(t);
            return;
        }
        if (status != ConstrainedTriangulation.CAVITY_OK) {
            return;
        }
        int n = tri.cavitySegments(cavitySegments);
        boolean encroached = false;
        for (int i = 0; i < n; i++) {
            if (encroachesPoint(cavitySegments[i], px, py)) {
                pushSegment(cavitySegments[i]);
                encroached = true;
            }
        }
        if (encroached) {
            pushTriangle(t);
            return;
        }
        tri.commit(px, py, false);
        afterInsertion();
    }

    private void splitSegment(int s, boolean refining) {
        int a = tri.segA[s], b = tri.segB[s], ci = tri.segCurve[s];
        double t0 = tri.segT0[s], t1 = tri.segT1[s], tm = 0.5 * (t0 + t1);
        double[] p = curves.get(ci).point(tm);
        seeds[0] = tri.triangleWithEdge(a, b);
        seeds[1] = tri.triangleWithEdge(b, a);
        // before the outside is removed, p may lie in a third triangle; afterwards it lies by the segment
        seeds[2] = refining ? -1 : tri.locate(p[0], p[1], tri.vertexTriangle(a), false);
        int status = tri.buildCavity(p[0], p[1], seeds, 3, s);
        if (status >= 0 && refining) {
            pushSegment(s);         // another segment is in the way: split it first
            pushSegment(status);
            return;
        }
        if (status != ConstrainedTriangulation.CAVITY_OK) {
            throw new IllegalArgumentException("mesh generation of " + geometry.shape()
                    + " could not split the boundary at (" + p[0] + ", " + p[1]
                    + "); boundary angles below about 30 degrees cannot be meshed");
        }
        int v = tri.commit(p[0], p[1], true, s);
        tri.removeSegment(s);
        tri.addSegment(a, v, ci, t0, tm);
        tri.addSegment(v, b, ci, tm, t1);
        if (refining) {
            afterInsertion();
        }
    }

    private void afterInsertion() {
        for (int i = 0; i < tri.createdCount; i++) {
            int t = tri.created[i];
            if (!tri.inside[t]) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                int s = tri.segmentOf(tri.tv[3 * t + (k + 1) % 3], tri.tv[3 * t + (k + 2) % 3]);
                if (s >= 0 && encroaches(s, tri.tv[3 * t + k])) {
                    pushSegment(s);
                }
            }
            if (isBad(t)) {
                pushTriangle(t);
            }
        }
    }

    private boolean encroaches(int s, int v) {
        return encroachesPoint(s, tri.x[v], tri.y[v]);
    }

    /** Whether p lies strictly inside the diametral circle of segment s (with a relative margin). */
    private boolean encroachesPoint(int s, double px, double py) {
        int a = tri.segA[s], b = tri.segB[s];
        double ax = tri.x[a] - px, ay = tri.y[a] - py, bx = tri.x[b] - px, by = tri.y[b] - py;
        double dx = tri.x[b] - tri.x[a], dy = tri.y[b] - tri.y[a];
        return ax * bx + ay * by < -1e-9 * (dx * dx + dy * dy);
    }

    private boolean isBad(int t) {
        int a = tri.tv[3 * t], b = tri.tv[3 * t + 1], c = tri.tv[3 * t + 2];
        double abx = tri.x[b] - tri.x[a], aby = tri.y[b] - tri.y[a];
        double bcx = tri.x[c] - tri.x[b], bcy = tri.y[c] - tri.y[b];
        double cax = tri.x[a] - tri.x[c], cay = tri.y[a] - tri.y[c];
        double lab = abx * abx + aby * aby, lbc = bcx * bcx + bcy * bcy, lca = cax * cax + cay * cay;
        double area2 = abx * (-cay) - aby * (-cax);
        double radiusSquared = lab * lbc * lca / (4 * area2 * area2);
        double shortest = Math.min(lab, Math.min(lbc, lca));
        return radiusSquared > maxRadiusSquared || radiusSquared > maxRatioSquared * shortest;
    }

    private void pushTriangle(int t) {
        if (triTail + 2 > triQueue.length) {
            int live = triTail - triHead;
            int[] bigger = live + 2 > triQueue.length / 2 ? new int[2 * triQueue.length] : triQueue;
            System.arraycopy(triQueue, triHead, bigger, 0, live);
            triQueue = bigger;
            triHead = 0;
            triTail = live;
        }
        triQueue[triTail++] = t;
        triQueue[triTail++] = tri.generation[t];
    }

    private void pushSegment(int s) {
        if (segTop == segQueue.length) {
            segQueue = Arrays.copyOf(segQueue, 2 * segTop);
        }
        segQueue[segTop++] = s;
    }

    // ---- output ----

    private TriangleMesh extract() {
        int[] index = new int[tri.vertexCount];
        Arrays.fill(index, -1);
        int nodes = 0;
        int elements = 0;
        for (int t = 0; t < tri.slotCount; t++) {
            if (tri.isAlive(t) && tri.inside[t]) {
                elements++;
                for (int k = 0; k < 3; k++) {
                    int v = tri.tv[3 * t + k];
                    if (index[v] < 0) {
                        index[v] = nodes++;
                    }
                }
            }
        }
        double[] x = new double[nodes];
        double[] y = new double[nodes];
        for (int v = 0; v < tri.vertexCount; v++) {
            if (index[v] >= 0) {
                x[index[v]] = tri.x[v];
                y[index[v]] = tri.y[v];
            }
        }
        int[] triangles = new int[3 * elements];
        int e = 0;
        for (int t = 0; t < tri.slotCount; t++) {
            if (tri.isAlive(t) && tri.inside[t]) {
                for (int k = 0; k < 3; k++) {
                    triangles[3 * e + k] = index[tri.tv[3 * t + k]];
                }
                e++;
            }
        }
        int segments = 0;
        for (int s = 0; s < tri.segmentCount; s++) {
            if (tri.segAlive[s]) {
                segments++;
            }
        }
        int[] edges = new int[2 * segments];
        int[] tags = new int[segments];
        int i = 0;
        for (int s = 0; s < tri.segmentCount; s++) {
            if (tri.segAlive[s]) {
                int a = index[tri.segA[s]], b = index[tri.segB[s]];
                if (a < 0 || b < 0) {
                    throw new IllegalStateException("boundary segment without a domain triangle");
                }
                edges[2 * i] = a;
                edges[2 * i + 1] = b;
                tags[i] = curveTags.get(tri.segCurve[s]);
                i++;
            }
        }
        cancel.throwIfCancelled();
        progress.progress(tri.vertexCount, tri.vertexCount, "mesh done");
        return new TriangleMesh(x, y, triangles, edges, tags, geometry.boundaryNames());
    }
}
