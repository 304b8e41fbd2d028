package org.operatorlab.solvers.krylov;

import java.util.Arrays;
import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * A partition of the unknowns into connected aggregates of the matrix graph, found without geometry: each
 * still-free unknown (in index order) seeds an aggregate that takes the free unknowns within {@code radius}
 * graph hops (a diamond of about 2r² unknowns on a 5-point grid); small fragments are released and joined to
 * their neighbours afterwards. The indicator vectors of the aggregates span
 * the smooth, low-energy modes that a local preconditioner such as IC(0) leaves behind.
 *
 * @param of    aggregate index of every unknown
 * @param count number of aggregates
 */
record Aggregates(int[] of, int count) {

    static Aggregates byGraphDistance(CsrMatrix a, int radius) {
        if (radius < 1) {
            throw new IllegalArgumentException("aggregation radius must be >= 1, got " + radius);
        }
        int n = a.rows();
        int[] of = new int[n];
        Arrays.fill(of, FREE);
        int[] queue = new int[n];
        int[] depth = new int[n];
        // Pass 1: balls of free unknowns. A ball smaller than a quarter of the largest so far is a fragment
        // squeezed between others: released (it would make k large) and joined to a neighbour in pass 2.
        // Rows without off-diagonal entries (Dirichlet rows kept as identity) seed nothing.
        int largest = 0;
        int count = 0;
        for (int seed = 0; seed < n; seed++) {
            if (of[seed] != FREE || !coupled(a, seed)) {
                continue;
            }
            int size = grow(a, seed, count, radius, of, queue, depth);
            largest = Math.max(largest, size);
            if (4 * size >= largest) {
                count++;
            } else {
                for (int q = 0; q < size; q++) {
                    of[queue[q]] = FREE;
                }
            }
        }
        // Pass 2: every free unknown joins the aggregate it is reached from, breadth first from all aggregates.
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (of[i] != FREE) {
                queue[tail++] = i;
            }
        }
        int[] ptr = a.rowPointers();
        int[] col = a.columnIndices();
        double[] val = a.values();
        while (head < tail) {
            int i = queue[head++];
            for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                int j = col[p];
                if (of[j] == FREE && val[p] != 0) {
                    of[j] = of[i];
                    queue[tail++] = j;
                }
            }
        }
        // Unknowns unreachable from any aggregate (e.g. Dirichlet rows kept as identity) share one aggregate.
        boolean leftovers = false;
        for (int i = 0; i < n; i++) {
            if (of[i] == FREE) {
                of[i] = count;
                leftovers = true;
            }
        }
        return new Aggregates(of, leftovers ? count + 1 : count);
    }

    private static final int FREE = -1;

    private static boolean coupled(CsrMatrix a, int i) {
        for (int p = a.rowPointers()[i]; p < a.rowPointers()[i + 1]; p++) {
            if (a.columnIndices()[p] != i && a.values()[p] != 0) {
                return true;
            }
        }
        return false;
    }

    /** Assigns the free unknowns within radius hops of seed to aggregate id; they are queue[0..size). */
    private static int grow(CsrMatrix a, int seed, int id, int radius, int[] of, int[] queue, int[] depth) {
        int[] ptr = a.rowPointers();
        int[] col = a.columnIndices();
        double[] val = a.values();
        int head = 0;
        int tail = 0;
        queue[tail++] = seed;
        of[seed] = id;
        depth[seed] = 0;
        while (head < tail) {
            int i = queue[head++];
            if (depth[i] == radius) {
                continue;
            }
            for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                int j = col[p];
                if (of[j] == FREE && val[p] != 0) {
                    of[j] = id;
                    depth[j] = depth[i] + 1;
                    queue[tail++] = j;
                }
            }
        }
        return tail;
    }
}
