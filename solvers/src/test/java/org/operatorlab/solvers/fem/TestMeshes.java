package org.operatorlab.solvers.fem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import org.operatorlab.mesh.tri.TriangleMesh;

/**
 * Unstructured test meshes built without the mesh generator: jittered grids with random diagonals
 * (square, L-shape) and a ring-by-ring disk. Boundary edges are the edges used by one triangle, named
 * by a function of their midpoint.
 */
public final class TestMeshes {
    private TestMeshes() {
    }

    interface Namer {
        int name(double x, double y);
    }

    /** [0,1]^2 with n cells per side; boundaries "bottom", "right", "top", "left". */
    public static TriangleMesh square(int n, long seed) {
        return grid(n, 0, 0, 1, (i, j) -> true, seed, (x, y) -> {
            if (y < 1e-12) return 0;
            if (x > 1 - 1e-12) return 1;
            if (y > 1 - 1e-12) return 2;
            return 3;
        }, List.of("bottom", "right", "top", "left"));
    }

    /** [-1,1]^2 without the quadrant (0,1] x [-1,0), n cells per unit length; one boundary "boundary". */
    public static TriangleMesh lShape(int n, long seed) {
        return grid(2 * n, -1, -1, 2, (i, j) -> !(i >= n && j < n), seed, (x, y) -> 0, List.of("boundary"));
    }

    private interface CellFilter {
        boolean keep(int i, int j);
    }

    private static TriangleMesh grid(int cells, double x0, double y0, double size, CellFilter keep, long seed,
                                     Namer namer, List<String> names) {
        Random random = new Random(seed);
        int side = cells + 1;
        double h = size / cells;
        double[] x = new double[side * side];
        double[] y = new double[side * side];
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                x[j * side + i] = x0 + i * h;
                y[j * side + i] = y0 + j * h;
            }
        }
        List<int[]> tris = new ArrayList<>();
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                if (!keep.keep(i, j)) {
                    continue;
                }
                int a = j * side + i, b = a + 1, c = a + side + 1, d = a + side;
                if (random.nextBoolean()) {
                    tris.add(new int[] {a, b, c});
                    tris.add(new int[] {a, c, d});
                } else {
                    tris.add(new int[] {a, b, d});
                    tris.add(new int[] {b, c, d});
                }
            }
        }
        TriangleMesh raw = build(x, y, tris, namer, names);
        // jitter interior nodes by up to 0.2 h so no two elements are alike
        boolean[] onBoundary = new boolean[x.length];
        for (int e = 0; e < raw.boundaryEdgeCount(); e++) {
            onBoundary[raw.boundaryEdgeNode(e, 0)] = true;
            onBoundary[raw.boundaryEdgeNode(e, 1)] = true;
        }
        for (int p = 0; p < x.length; p++) {
            if (!onBoundary[p]) {
                x[p] += 0.2 * h * (2 * random.nextDouble() - 1);
                y[p] += 0.2 * h * (2 * random.nextDouble() - 1);
            }
        }
        return compact(build(x, y, tris, namer, names));
    }

    /** Unit disk with rings of 6k nodes, k = 0..rings; boundary "circle". */
    public static TriangleMesh disk(int rings) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        xs.add(0.0);
        ys.add(0.0);
        int[] start = new int[rings + 1];
        for (int k = 1; k <= rings; k++) {
            start[k] = xs.size();
            double offset = (k % 2) * Math.PI / (6 * k); // stagger rings
            for (int m = 0; m < 6 * k; m++) {
                double t = offset + 2 * Math.PI * m / (6 * k);
                xs.add((double) k / rings * Math.cos(t));
                ys.add((double) k / rings * Math.sin(t));
            }
        }
        List<int[]> tris = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
            tris.add(new int[] {0, 1 + m, 1 + (m + 1) % 6});
        }
        for (int k = 2; k <= rings; k++) {
            int inner = 6 * (k - 1);
            int outer = 6 * k;
            int i = 0, o = 0;
            while (i < inner || o < outer) {
                int a = start[k - 1] + i % inner;
                int b = start[k] + o % outer;
                double nextInner = i < inner ? ringAngle(k - 1, i + 1) : Double.MAX_VALUE;
                double nextOuter = o < outer ? ringAngle(k, o + 1) : Double.MAX_VALUE;
                if (nextOuter <= nextInner) {
                    tris.add(new int[] {a, b, start[k] + (o + 1) % outer});
                    o++;
                } else {
                    tris.add(new int[] {a, b, start[k - 1] + (i + 1) % inner});
                    i++;
                }
            }
        }
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        return build(x, y, tris, (px, py) -> 0, List.of("circle"));
    }

    private static double ringAngle(int k, int m) {
        return (k % 2) * Math.PI / (6 * k) + 2 * Math.PI * m / (6 * k);
    }

    private static TriangleMesh build(double[] x, double[] y, List<int[]> tris, Namer namer, List<String> names) {
        int[] t = new int[3 * tris.size()];
        Map<Long, int[]> edges = new HashMap<>();
        for (int e = 0; e < tris.size(); e++) {
            int[] tri = tris.get(e);
            double area = (x[tri[1]] - x[tri[0]]) * (y[tri[2]] - y[tri[0]]) - (x[tri[2]] - x[tri[0]]) * (y[tri[1]] - y[tri[0]]);
            if (area < 0) {
                tri = new int[] {tri[0], tri[2], tri[1]};
            }
            for (int k = 0; k < 3; k++) {
                t[3 * e + k] = tri[k];
                int a = tri[k], b = tri[(k + 1) % 3];
                long key = (long) Math.min(a, b) * x.length + Math.max(a, b);
                edges.merge(key, new int[] {a, b, 1}, (old, add) -> new int[] {old[0], old[1], old[2] + 1});
            }
        }
        List<int[]> boundary = new ArrayList<>();
        edges.values().stream().filter(v -> v[2] == 1).forEach(boundary::add);
        boundary.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
        int[] be = new int[2 * boundary.size()];
        int[] tags = new int[boundary.size()];
        for (int k = 0; k < boundary.size(); k++) {
            int a = boundary.get(k)[0], b = boundary.get(k)[1];
            be[2 * k] = a;
            be[2 * k + 1] = b;
            tags[k] = namer.name(0.5 * (x[a] + x[b]), 0.5 * (y[a] + y[b]));
        }
        return new TriangleMesh(x, y, t, be, tags, names);
    }

    /** Drops nodes no triangle uses (the cut-out quadrant of the L-shape). */
    private static TriangleMesh compact(TriangleMesh m) {
        int[] map = new int[m.nodeCount()];
        java.util.Arrays.fill(map, -1);
        int[] t = m.triangleArray();
        int count = 0;
        for (int v : t) {
            if (map[v] < 0) {
                map[v] = count++;
            }
        }
        // keep the original (grid) order of nodes for a small bandwidth
        int next = 0;
        for (int v = 0; v < map.length; v++) {
            map[v] = map[v] < 0 ? -1 : next++;
        }
        double[] x = new double[count];
        double[] y = new double[count];
        for (int v = 0; v < map.length; v++) {
            if (map[v] >= 0) {
                x[map[v]] = m.x(v);
                y[map[v]] = m.y(v);
            }
        }
        for (int k = 0; k < t.length; k++) {
            t[k] = map[t[k]];
        }
        int[] be = m.boundaryEdgeArray();
        for (int k = 0; k < be.length; k++) {
            be[k] = map[be[k]];
        }
        return new TriangleMesh(x, y, t, be, m.boundaryEdgeTagArray(), m.boundaryNames());
    }

    public static double meshSize(TriangleMesh m) {
        double h = 0;
        for (int e = 0; e < m.elementCount(); e++) {
            for (int k = 0; k < 3; k++) {
                int a = m.node(e, k), b = m.node(e, (k + 1) % 3);
                h = Math.max(h, Math.hypot(m.x(a) - m.x(b), m.y(a) - m.y(b)));
            }
        }
        return h;
    }

    static DoubleBinaryOperator constant(double c) {
        return (x, y) -> c;
    }
}
