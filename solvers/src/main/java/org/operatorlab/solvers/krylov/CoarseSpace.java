package org.operatorlab.solvers.krylov;

import java.util.Arrays;
import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * A coarse deflation space of aggregate indicators for one matrix: W has one column per {@link Aggregates}
 * aggregate, so W and AW are sparse and E = WᵀAW is banded (aggregates seeded in index order couple only to
 * nearby indices). Built per matrix by {@link Builder}, which keeps the aggregates while the sparsity pattern
 * stays (the same mesh). Used by {@link CoarseDeflatedCg} and, together with recycled Ritz vectors, by
 * {@link RecycledCg}.
 */
final class CoarseSpace {
    /** E is stored densely (k² doubles): beyond this many aggregates the coarse solve would dominate. */
    static final int MAX_AGGREGATES = 1500;

    private final int[] of;
    private final int count;
    /** AW in CSR form: row i holds Σ over the row's entries, grouped by the aggregate of their column. */
    private final int[] ptr;
    private final int[] aggregate;
    private final double[] value;
    /** Banded lower Cholesky factor L (row-major k×k, bandwidth w) of E = L Lᵀ. */
    private final double[] l;
    private final int w;

    private CoarseSpace(CsrMatrix a, Aggregates agg) {
        of = agg.of();
        count = agg.count();
        int n = a.rows();
        int[] rp = a.rowPointers();
        int[] col = a.columnIndices();
        double[] val = a.values();
        ptr = new int[n + 1];
        int[] aggregateOf = new int[a.nonZeros()];
        double[] sums = new double[a.nonZeros()];
        int used = 0;
        for (int i = 0; i < n; i++) {
            int start = used;
            for (int q = rp[i]; q < rp[i + 1]; q++) {
                int c = of[col[q]];
                int slot = start;
                while (slot < used && aggregateOf[slot] != c) {
                    slot++;
                }
                if (slot == used) {
                    aggregateOf[used] = c;
                    sums[used++] = 0;
                }
                sums[slot] += val[q];
            }
            ptr[i + 1] = used;
        }
        aggregate = aggregateOf;
        value = sums;
        int band = 0;
        l = new double[count * count];
        for (int i = 0; i < n; i++) {
            for (int q = ptr[i]; q < ptr[i + 1]; q++) {
                l[of[i] * count + aggregate[q]] += value[q];
                band = Math.max(band, Math.abs(of[i] - aggregate[q]));
            }
        }
        w = band;
        factor();
    }

    /** Number of coarse vectors. */
    int count() { return count; }

    /** Aggregate of each unknown: W's column holding row i. */
    int[] aggregateOf() { return of; }

    /** (AW μ)_i. */
    double awRow(int i, double[] mu) {
        double s = 0;
        for (int q = ptr[i]; q < ptr[i + 1]; q++) {
            s += value[q] * mu[aggregate[q]];
        }
        return s;
    }

    /** out = Wᵀ v (sums over each aggregate). */
    void restrict(double[] v, double[] out) {
        Arrays.fill(out, 0);
        for (int i = 0; i < v.length; i++) {
            out[of[i]] += v[i];
        }
    }

    /** out = (AW)ᵀ z; returns r · z (one pass over both). */
    double awTransposeTimesAndDot(double[] z, double[] r, double[] out) {
        Arrays.fill(out, 0);
        double rz = 0;
        for (int i = 0; i < z.length; i++) {
            double zi = z[i];
            rz += r[i] * zi;
            for (int q = ptr[i]; q < ptr[i + 1]; q++) {
                out[aggregate[q]] += value[q] * zi;
            }
        }
        return rz;
    }

    /** v ← E⁻¹ v through the banded factor: 2·k·w operations, not k². */
    void solve(double[] v) {
        int k = count;
        for (int i = 0; i < k; i++) {
            double s = v[i];
            int row = i * k;
            for (int j = Math.max(0, i - w); j < i; j++) {
                s -= l[row + j] * v[j];
            }
            v[i] = s / l[row + i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double s = v[i];
            for (int j = i + 1; j < Math.min(k, i + w + 1); j++) {
                s -= l[j * k + i] * v[j];
            }
            v[i] = s / l[i * k + i];
        }
    }

    /** Cholesky of E within its band: k·w² operations. */
    private void factor() {
        int k = count;
        for (int j = 0; j < k; j++) {
            int from = Math.max(0, j - w);
            double d = l[j * k + j];
            for (int t = from; t < j; t++) {
                d -= l[j * k + t] * l[j * k + t];
            }
            if (!(d > 0)) {
                throw new IllegalArgumentException("coarse deflation: WᵀAW is not positive definite (matrix not SPD?)");
            }
            double pivot = Math.sqrt(d);
            l[j * k + j] = pivot;
            for (int i = j + 1; i < Math.min(k, j + w + 1); i++) {
                double s = l[i * k + j];
                for (int t = Math.max(from, i - w); t < j; t++) {
                    s -= l[i * k + t] * l[j * k + t];
                }
                l[i * k + j] = s / pivot;
            }
        }
    }

    /** Makes coarse spaces for a sequence of matrices, keeping the aggregates while the pattern's size stays. */
    static final class Builder {
        private final int radius;
        private Aggregates aggregates;
        private int rows = -1;
        private int nonZeros = -1;

        /** @param radius aggregate radius in graph hops (5 gives diamonds of about 60 unknowns on a 5-point grid) */
        Builder(int radius) {
            if (radius < 1) {
                throw new IllegalArgumentException("coarse deflation needs an aggregate radius >= 1, got " + radius);
            }
            this.radius = radius;
        }

        int radius() { return radius; }

        /** Number of coarse vectors of the last matrix (0 before the first). */
        int count() { return aggregates == null ? 0 : aggregates.count(); }

        CoarseSpace forMatrix(CsrMatrix a) {
            if (aggregates == null || a.rows() != rows || a.nonZeros() != nonZeros) {
                Aggregates fresh = Aggregates.byGraphDistance(a, radius);
                if (fresh.count() > MAX_AGGREGATES) {
                    throw new IllegalArgumentException("coarse deflation: " + fresh.count() + " aggregates of radius " + radius
                            + " exceed " + MAX_AGGREGATES + " (dense coarse solve); use a larger radius");
                }
                aggregates = fresh;
                rows = a.rows();
                nonZeros = a.nonZeros();
            }
            return new CoarseSpace(a, aggregates);
        }
    }
}
