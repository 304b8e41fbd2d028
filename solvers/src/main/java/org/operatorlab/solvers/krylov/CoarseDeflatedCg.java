package org.operatorlab.solvers.krylov;

import java.util.Arrays;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * Deflated preconditioned CG with a coarse space of aggregate indicators (subdomain deflation, Nicolaides 1987;
 * Frank &amp; Vuik, SIAM J. Sci. Comput. 23, 2001): W has one column per {@link Aggregates} aggregate, so W and
 * AW are sparse and deflating each direction (p = z + βp − Wμ, E μ = (AW)ᵀz, E = WᵀAW) costs about one extra
 * pass over z, not k dense dots and axpys as with Ritz vectors ({@link RecycledCg}). The initial guess is
 * projected the same way (x₀ += W E⁻¹ Wᵀ r₀). E is built and factored (banded Cholesky) for every matrix.
 *
 * <p>Needs a {@link CsrMatrix}. Stateless apart from the aggregates, which are reused while the matrix keeps
 * its size and number of nonzeros (the same mesh).
 */
public final class CoarseDeflatedCg implements KrylovSolver {
    /** E is stored densely (k² doubles): beyond this many aggregates the coarse solve would dominate. */
    static final int MAX_AGGREGATES = 1500;

    private final SolverOptions options;
    private final int radius;
    private Aggregates aggregates;
    private int aggregatedRows = -1;
    private int aggregatedNonZeros = -1;

    /** @param radius aggregate radius in graph hops (5 gives diamonds of about 60 unknowns on a 5-point grid) */
    public CoarseDeflatedCg(SolverOptions options, int radius) {
        if (radius < 1) {
            throw new IllegalArgumentException("coarse-deflated CG needs an aggregate radius >= 1, got " + radius);
        }
        this.options = options;
        this.radius = radius;
    }

    @Override
    public String name() { return "coarse-deflated-cg(r=" + radius + ")"; }

    /** Number of coarse vectors k of the last solve. */
    public int coarseSize() { return aggregates == null ? 0 : aggregates.count(); }

    @Override
    public SolveResult solve(LinearOperator op, double[] b, double[] x, Preconditioner m) {
        if (!(op instanceof CsrMatrix a)) {
            throw new IllegalArgumentException("coarse-deflated CG needs an assembled CSR matrix, got " + op.getClass().getSimpleName());
        }
        IterationLog log = IterationLog.start(name(), a, b, x, options);
        Aggregates agg = aggregatesFor(a);
        int[] of = agg.of();
        int n = b.length;
        SparseAw aw = SparseAw.of(a, agg);
        Band factor = aw.factorGram();
        double[] r = new double[n];
        double[] z = new double[n];
        double[] p = new double[n];
        double[] ap = new double[n];
        double[] mu = new double[agg.count()];
        Vectors.residual(a, b, x, r);
        // x += W E⁻¹ Wᵀ r, r −= AW (same coefficients).
        for (int i = 0; i < n; i++) {
            mu[of[i]] += r[i];
        }
        factor.solve(mu);
        double ss = 0;
        for (int i = 0; i < n; i++) {
            x[i] += mu[of[i]];
            double ri = r[i] - aw.rowDot(i, mu);
            r[i] = ri;
            ss += ri * ri;
        }
        double rNorm = Math.sqrt(ss);
        log.record(rNorm);
        boolean restart = true;
        double rz = 0;
        while (!log.reached(rNorm) || !ConjugateGradient.trueResidualReached(a, b, x, r, log)) {
            if (log.iterations() >= options.maxIterations()) {
                return log.finish(false, Vectors.norm(r), SolveResult.MAX_ITERATIONS);
            }
            if (log.reached(rNorm)) {
                restart = true; // the true residual replaced r: rebuild the search direction
            }
            m.apply(r, z);
            double rzNew = aw.transposeTimesAndDot(z, r, mu); // (AW)ᵀz and r·z in one pass
            factor.solve(mu);
            double beta = restart ? 0 : rzNew / rz;
            restart = false;
            for (int i = 0; i < n; i++) {
                p[i] = z[i] + beta * p[i] - mu[of[i]];
            }
            rz = rzNew;
            double pap = a.applyDot(p, ap);
            if (ConjugateGradient.brokeDown(pap, rz)) {
                log.iteration(rNorm);
                return log.finish(false, rNorm, ConjugateGradient.breakdownStatus(pap, rz));
            }
            double alpha = rz / pap;
            ss = 0;
            for (int i = 0; i < n; i++) {
                x[i] += alpha * p[i];
                double ri = r[i] - alpha * ap[i];
                r[i] = ri;
                ss += ri * ri;
            }
            rNorm = Math.sqrt(ss);
            log.iteration(rNorm);
        }
        return log.finish(true, Vectors.norm(r), SolveResult.CONVERGED);
    }

    private Aggregates aggregatesFor(CsrMatrix a) {
        if (aggregates == null || a.rows() != aggregatedRows || a.nonZeros() != aggregatedNonZeros) {
            Aggregates fresh = Aggregates.byGraphDistance(a, radius);
            if (fresh.count() > MAX_AGGREGATES) {
                throw new IllegalArgumentException("coarse-deflated CG: " + fresh.count() + " aggregates of radius " + radius
                        + " exceed " + MAX_AGGREGATES + " (dense coarse solve); use a larger radius");
            }
            aggregates = fresh;
            aggregatedRows = a.rows();
            aggregatedNonZeros = a.nonZeros();
        }
        return aggregates;
    }

    /** AW in CSR form: row i holds Σ over the row's entries, grouped by the aggregate of their column. */
    private record SparseAw(int[] ptr, int[] aggregate, double[] value, Aggregates agg) {
        static SparseAw of(CsrMatrix a, Aggregates agg) {
            int n = a.rows();
            int[] rp = a.rowPointers();
            int[] col = a.columnIndices();
            double[] val = a.values();
            int[] of = agg.of();
            int[] ptr = new int[n + 1];
            int[] aggregate = new int[a.nonZeros()];
            double[] value = new double[a.nonZeros()];
            int count = 0;
            for (int i = 0; i < n; i++) {
                int start = count;
                for (int q = rp[i]; q < rp[i + 1]; q++) {
                    int c = of[col[q]];
                    int slot = start;
                    while (slot < count && aggregate[slot] != c) {
                        slot++;
                    }
                    if (slot == count) {
                        aggregate[count] = c;
                        value[count++] = 0;
                    }
                    value[slot] += val[q];
                }
                ptr[i + 1] = count;
            }
            return new SparseAw(ptr, aggregate, value, agg);
        }

        double rowDot(int i, double[] coarse) {
            double s = 0;
            for (int q = ptr[i]; q < ptr[i + 1]; q++) {
                s += value[q] * coarse[aggregate[q]];
            }
            return s;
        }

        /** out = (AW)ᵀ z; returns r · z. */
        double transposeTimesAndDot(double[] z, double[] r, double[] out) {
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

        /**
         * Lower Cholesky factor of E = WᵀAW (row-major k×k) within its band: aggregates seeded in index order
         * couple only to nearby indices, so the factor costs k·w² and each solve 2·k·w for bandwidth w, not k³/3
         * and k².
         */
        Band factorGram() {
            int k = agg.count();
            int[] of = agg.of();
            double[] l = new double[k * k];
            int w = 0;
            for (int i = 0; i < ptr.length - 1; i++) {
                for (int q = ptr[i]; q < ptr[i + 1]; q++) {
                    l[of[i] * k + aggregate[q]] += value[q];
                    w = Math.max(w, Math.abs(of[i] - aggregate[q]));
                }
            }
            for (int j = 0; j < k; j++) {
                int from = Math.max(0, j - w);
                double d = l[j * k + j];
                for (int t = from; t < j; t++) {
                    d -= l[j * k + t] * l[j * k + t];
                }
                if (!(d > 0)) {
                    throw new IllegalArgumentException("coarse-deflated CG: WᵀAW is not positive definite (matrix not SPD?)");
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
            return new Band(l, k, w);
        }
    }

    /** Banded lower Cholesky factor L (row-major k×k, bandwidth w) of E = L Lᵀ. */
    private record Band(double[] l, int k, int w) {
        /** v ← E⁻¹ v. */
        void solve(double[] v) {
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
    }
}
