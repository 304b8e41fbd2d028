package org.operatorlab.solvers.data;

/**
 * The SKR paper's baseline sort: start at the first sample and repeatedly go to the nearest sample not
 * yet visited (Euclidean distance between feature vectors), so consecutive systems are similar.
 * O(N² d) time, O(N) extra memory.
 */
public final class GreedyOrdering {
    private GreedyOrdering() { }

    /** @return the visiting order: {@code order[k]} is the sample solved k-th */
    public static int[] order(double[][] features) {
        int n = features.length;
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        boolean[] visited = new boolean[n];
        int current = 0;
        visited[0] = true;
        for (int k = 1; k < n; k++) {
            double[] from = features[current];
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (!visited[j]) {
                    double d = squaredDistance(from, features[j], bestDistance);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = j;
                    }
                }
            }
            visited[best] = true;
            order[k] = best;
            current = best;
        }
        return order;
    }

    /** Squared distance, giving up early once it exceeds {@code bound}. */
    private static double squaredDistance(double[] a, double[] b, double bound) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("feature vectors differ in length: " + a.length + " vs " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
            if ((i & 63) == 63 && s >= bound) {
                return s;
            }
        }
        return s;
    }

    /** Sum of distances between consecutive samples in {@code order}: what the sort tries to shorten. */
    public static double pathLength(double[][] features, int[] order) {
        double total = 0;
        for (int k = 1; k < order.length; k++) {
            total += Math.sqrt(squaredDistance(features[order[k - 1]], features[order[k]], Double.POSITIVE_INFINITY));
        }
        return total;
    }
}
