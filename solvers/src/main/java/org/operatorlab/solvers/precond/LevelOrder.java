package org.operatorlab.solvers.precond;

/**
 * Level scheduling of a sparse lower-triangular solve: level(i) = 1 + the largest level among the columns
 * row i depends on (0 when none). Rows of one level are independent, so a solve that visits rows level by
 * level has no dependency chain between consecutive rows; the reverse order serves the transposed (upper)
 * solve. On a grid in natural order the levels are the anti-diagonals.
 */
final class LevelOrder {
    private final int[] order;
    private final int[] position;
    private final int count;

    private LevelOrder(int[] order, int[] position, int count) {
        this.order = order;
        this.position = position;
        this.count = count;
    }

    /** From the strictly lower pattern (every column index below its row). */
    static LevelOrder of(int n, int[] lowerPtr, int[] lowerCol) {
        int[] level = new int[n];
        int count = n == 0 ? 0 : 1;
        for (int i = 0; i < n; i++) {
            int l = 0;
            for (int k = lowerPtr[i]; k < lowerPtr[i + 1]; k++) {
                l = Math.max(l, level[lowerCol[k]] + 1);
            }
            level[i] = l;
            count = Math.max(count, l + 1);
        }
        // Counting sort by level, stable: natural order within a level keeps memory access local.
        int[] start = new int[count + 1];
        for (int i = 0; i < n; i++) {
            start[level[i] + 1]++;
        }
        for (int l = 0; l < count; l++) {
            start[l + 1] += start[l];
        }
        int[] order = new int[n];
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            int t = start[level[i]]++;
            order[t] = i;
            position[i] = t;
        }
        return new LevelOrder(order, position, count);
    }

    /** order()[t] = the row solved t-th. Shared, do not modify. */
    int[] order() { return order; }

    /** position()[i] = where row i comes in {@link #order()}. Shared, do not modify. */
    int[] position() { return position; }

    int count() { return count; }
}
