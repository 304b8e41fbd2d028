package org.operatorlab.operators.pinn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * A smooth approximate distance to the boundary of a meshed domain: zero on every boundary edge,
 * positive inside, with exact first and pure second derivatives. Each edge contributes Sukumar and
 * Srivastava's trimmed segment function φ_e (CMAME 389, 2022), and the edges are joined by the
 * R-equivalence φ = 1 / Σ_e 1/φ_e, which vanishes wherever one φ_e does.
 */
final class BoundaryDistance {
    private final double[] ax, ay, bx, by;

    BoundaryDistance(TriangleMesh mesh) {
        List<double[]> segments = straightSegments(mesh);
        int m = segments.size();
        ax = new double[m];
        ay = new double[m];
        bx = new double[m];
        by = new double[m];
        for (int k = 0; k < m; k++) {
            double[] s = segments.get(k);
            ax[k] = s[0];
            ay[k] = s[1];
            bx[k] = s[2];
            by[k] = s[3];
        }
    }

    /** Number of straight pieces the boundary was merged into. */
    int segmentCount() { return ax.length; }

    /**
     * Walks each boundary loop and merges runs of collinear edges: a straight side meshed into many
     * edges would otherwise make φ far smaller than the distance and badly scaled.
     */
    private static List<double[]> straightSegments(TriangleMesh mesh) {
        int m = mesh.boundaryEdgeCount();
        Map<Integer, List<Integer>> edgesAt = new HashMap<>();
        for (int k = 0; k < m; k++) {
            edgesAt.computeIfAbsent(mesh.boundaryEdgeNode(k, 0), n -> new ArrayList<>()).add(k);
            edgesAt.computeIfAbsent(mesh.boundaryEdgeNode(k, 1), n -> new ArrayList<>()).add(k);
        }
        boolean[] used = new boolean[m];
        List<double[]> out = new ArrayList<>();
        for (int first = 0; first < m; first++) {
            if (used[first]) {
                continue;
            }
            List<Integer> loop = new ArrayList<>();   // nodes in walking order
            int node = mesh.boundaryEdgeNode(first, 0);
            int edge = first;
            loop.add(node);
            while (edge >= 0 && !used[edge]) {
                used[edge] = true;
                node = mesh.boundaryEdgeNode(edge, 0) == node ? mesh.boundaryEdgeNode(edge, 1) : mesh.boundaryEdgeNode(edge, 0);
                loop.add(node);
                int next = -1;
                for (int e : edgesAt.get(node)) {
                    if (!used[e]) {
                        next = e;
                        break;
                    }
                }
                edge = next;
            }
            // start at a corner so no straight run wraps around the loop's start
            int n = loop.size() - 1;
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (!collinear(mesh, loop.get((i - 1 + n) % n), loop.get(i), loop.get((i + 1) % n))) {
                    start = i;
                    break;
                }
            }
            int from = loop.get(start);
            for (int j = 1; j <= n; j++) {
                int here = loop.get((start + j) % n);
                int after = loop.get((start + j + 1) % n);
                if (j == n || !collinear(mesh, from, here, after)) {
                    out.add(new double[] {mesh.x(from), mesh.y(from), mesh.x(here), mesh.y(here)});
                    from = here;
                }
            }
        }
        return out;
    }

    private static boolean collinear(TriangleMesh mesh, int a, int b, int c) {
        double ux = mesh.x(b) - mesh.x(a), uy = mesh.y(b) - mesh.y(a);
        double vx = mesh.x(c) - mesh.x(b), vy = mesh.y(c) - mesh.y(b);
        return Math.abs(ux * vy - uy * vx) <= 1e-9 * Math.hypot(ux, uy) * Math.hypot(vx, vy) && ux * vx + uy * vy > 0;
    }

    Dual2 at(double x, double y) {
        Dual2 px = Dual2.x(x), py = Dual2.y(y);
        Dual2 sum = Dual2.constant(0);
        for (int k = 0; k < ax.length; k++) {
            double len = Math.hypot(bx[k] - ax[k], by[k] - ay[k]);
            double cx = 0.5 * (ax[k] + bx[k]), cy = 0.5 * (ay[k] + by[k]);
            Dual2 dx = px.minus(Dual2.constant(ax[k])), dy = py.minus(Dual2.constant(ay[k]));
            // signed distance to the edge's line
            Dual2 f = dx.times((by[k] - ay[k]) / len).minus(dy.times((bx[k] - ax[k]) / len));
            // trim: positive inside the disk whose diameter is the edge
            Dual2 rx = px.minus(Dual2.constant(cx)), ry = py.minus(Dual2.constant(cy));
            Dual2 t = Dual2.constant(0.25 * len * len).minus(rx.times(rx)).minus(ry.times(ry)).times(1 / len);
            Dual2 f2 = f.times(f);
            Dual2 varphi = t.times(t).plus(f2.times(f2)).sqrt();
            Dual2 half = varphi.minus(t).times(0.5);
            Dual2 phi = f2.plus(half.times(half)).sqrt();
            sum = sum.plus(phi.reciprocal());
        }
        return sum.reciprocal();
    }
}
