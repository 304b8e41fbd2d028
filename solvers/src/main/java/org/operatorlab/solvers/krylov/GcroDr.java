package org.operatorlab.solvers.krylov;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * GCRO-DR(m, k) (Parks, de Sturler, Mackey, Johnson, Maiti, SIAM J. Sci. Comput. 28, 2006) for
 * sequences of non-symmetric systems, right-preconditioned: it works on B = A M<sup>-1</sup> and keeps
 * a recycle space U (k vectors) with C = B U orthonormal <em>between calls</em>.
 *
 * <p>Each call: if A or M is a different object than in the previous call, C = B U is recomputed and
 * re-orthonormalised (k products, counted as iterations), U transformed alike. The initial residual is
 * projected off C, then cycles of m − k Arnoldi steps on (I − C C<sup>T</sup>) B minimise the residual
 * over span(U, V). After every cycle, U and C are replaced by the k harmonic Ritz vectors of smallest
 * harmonic Ritz value from span(U, V) (the generalised eigenproblem of Parks et al., eq. 2.13). The first
 * cycle ever is a plain GMRES(m) cycle. Stateful: one instance per thread and per sequence.
 *
 * <p>Only real harmonic Ritz pairs are kept (for SPD A and M all are real); if a cycle yields fewer than k
 * real pairs, the recycle space shrinks for that cycle.
 */
public final class GcroDr implements KrylovSolver {
    private final SolverOptions options;
    private int n = -1;
    private int k;
    private double[][] u;
    private double[][] c;
    private double[][] uNext;
    private double[][] cNext;
    private ArnoldiCycle cycle;
    private LinearOperator lastA;
    private Preconditioner lastM;

    public GcroDr(SolverOptions options) {
        if (options.recycleDimension() < 1) {
            throw new IllegalArgumentException("GCRO-DR needs a recycle dimension k >= 1, got " + options.recycleDimension());
        }
        this.options = options;
    }

    @Override
    public String name() { return "gcro-dr(" + options.restart() + "," + options.recycleDimension() + ")"; }

    /** Number of recycle vectors currently held. */
    public int recycleSize() { return k; }

    /** Drops the recycle space: the next solve starts like GMRES(m). */
    public void forgetRecycleSpace() {
        k = 0;
        lastA = null;
        lastM = null;
    }

    @Override
    public SolveResult solve(LinearOperator a, double[] b, double[] x, Preconditioner m) {
        IterationLog log = IterationLog.start(name(), a, b, x, options);
        allocate(b.length);
        if (k > 0 && (a != lastA || m != lastM)) {
            refreshC(a, m, log);
        }
        lastA = a;
        lastM = m;
        double[] r = new double[n];
        double[] t = new double[n];
        double[] update = new double[n];
        double beta = Vectors.residual(a, b, x, r);
        log.record(beta);
        while (!log.reached(beta)) {
            int left = options.maxIterations() - log.iterations();
            if (left <= 0) {
                return log.finish(false, beta, SolveResult.MAX_ITERATIONS);
            }
            java.util.Arrays.fill(t, 0);
            if (k > 0) {
                // Minimise over span(U) first: r -= C C^T r, t += U C^T r.
                for (int i = 0; i < k; i++) {
                    double d = Vectors.dot(c[i], r);
                    Vectors.axpy(-d, c[i], r);
                    Vectors.axpy(d, u[i], t);
                }
                beta = Vectors.norm(r);
            }
            int steps = Math.min(options.restart() - k, left);
            cycle.run(a, m, r, beta, steps, c, k, log);
            double[] y = cycle.leastSquares();
            // t += V y − U (E y): the U part keeps the correction's image orthogonal to C.
            for (int j = 0; j < y.length; j++) {
                Vectors.axpy(y[j], cycle.v[j], t);
            }
            for (int i = 0; i < k; i++) {
                double ey = 0;
                for (int j = 0; j < y.length; j++) {
                    ey += cycle.e[i][j] * y[j];
                }
                Vectors.axpy(-ey, u[i], t);
            }
            m.apply(t, update);
            Vectors.axpy(1, update, x);
            updateRecycleSpace();
            double previous = beta;
            log.extraProduct();
            beta = Vectors.residual(a, b, x, r);
            if (cycle.invariant && !log.reached(beta) && beta >= previous) {
                return log.finish(false, beta, "breakdown: Krylov space invariant without convergence");
            }
        }
        return log.finish(beta);
    }

    private void allocate(int size) {
        if (size == n) {
            return;
        }
        n = size;
        int kMax = options.recycleDimension();
        u = new double[kMax][n];
        c = new double[kMax][n];
        uNext = new double[kMax][n];
        cNext = new double[kMax][n];
        cycle = new ArnoldiCycle(n, options.restart(), kMax, 2);
        k = 0;
    }

    /** New operator: C = B U, then C = Q R and U = U R<sup>-1</sup> by Gram-Schmidt applied to both. */
    private void refreshC(LinearOperator a, Preconditioner m, IterationLog log) {
        // Z = M⁻¹U into the spare block, then C = A Z in one pass over A.
        for (int i = 0; i < k; i++) {
            m.apply(u[i], cNext[i]);
            log.extraProduct();
        }
        VectorBlock.multiply(a, cNext, k, c);
        int kept = 0;
        for (int l = 0; l < k; l++) {
            double[] cl = c[l];
            double[] ul = u[l];
            double before = Vectors.norm(cl);
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < kept; i++) {
                    double d = Vectors.dot(c[i], cl);
                    Vectors.axpy(-d, c[i], cl);
                    Vectors.axpy(-d, u[i], ul);
                }
            }
            double norm = Vectors.norm(cl);
            if (norm <= 1e-10 * before) {
                continue; // dependent after the change of operator: drop it
            }
            double s = 1 / norm;
            for (int q = 0; q < n; q++) {
                cl[q] *= s;
                ul[q] *= s;
            }
            c[l] = c[kept];
            u[l] = u[kept];
            c[kept] = cl;
            u[kept] = ul;
            kept++;
        }
        k = kept;
    }

    /**
     * Harmonic Ritz vectors from span(Ŵ), Ŵ = [U D, V<sub>s</sub>], with B Ŵ = [C, V<sub>s+1</sub>] Ĝ:
     * solve Ĝ<sup>T</sup>Ĝ z = θ Ĝ<sup>T</sup> W<sub>2</sub> z, W<sub>2</sub> = [C, V<sub>s+1</sub>]<sup>T</sup> Ŵ,
     * keep the k smallest |θ|; then Ĝ P = Q R, C = [C, V<sub>s+1</sub>] Q, U = Ŵ P R<sup>-1</sup>.
     */
    private void updateRecycleSpace() {
        int s = cycle.steps;
        int dim = k + s;
        if (s == 0) {
            return;
        }
        double[] uNorm = new double[k];
        for (int i = 0; i < k; i++) {
            uNorm[i] = Vectors.norm(u[i]);
        }
        DMatrixRMaj g = new DMatrixRMaj(dim + 1, dim);
        DMatrixRMaj w2 = new DMatrixRMaj(dim + 1, dim);
        // [C, V_{s+1}]ᵀ u_l: one fused pass per recycle vector instead of k + s + 1 dot products.
        double[][] cu = new double[k][k];
        double[][] vu = new double[k][s + 1];
        for (int l = 0; l < k; l++) {
            VectorBlock.dots(c, k, u[l], cu[l]);
            VectorBlock.dots(cycle.v, s + 1, u[l], vu[l]);
        }
        for (int i = 0; i < k; i++) {
            g.set(i, i, 1 / uNorm[i]);
            for (int j = 0; j < s; j++) {
                g.set(i, k + j, cycle.e[i][j]);
            }
            for (int l = 0; l < k; l++) {
                w2.set(i, l, cu[l][i] / uNorm[l]);
            }
        }
        for (int i = 0; i <= s; i++) {
            for (int j = 0; j < s; j++) {
                g.set(k + i, k + j, cycle.h[i][j]);
            }
            for (int l = 0; l < k; l++) {
                w2.set(k + i, l, vu[l][i] / uNorm[l]);
            }
            if (i < s) {
                w2.set(k + i, k + i, 1);
            }
        }
        DMatrixRMaj gtg = new DMatrixRMaj(dim, dim);
        DMatrixRMaj gtw = new DMatrixRMaj(dim, dim);
        CommonOps_DDRM.multTransA(g, g, gtg);
        CommonOps_DDRM.multTransA(g, w2, gtw);
        DMatrixRMaj pencil = new DMatrixRMaj(dim, dim);
        if (!CommonOps_DDRM.solve(gtg, gtw, pencil)) {
            return; // Ĝ rank deficient: keep the old space
        }
        // Eigenvalues of (ĜᵀĜ)⁻¹ĜᵀW₂ are 1/θ: the largest |1/θ| are the wanted smallest |θ|.
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(dim, true);
        if (!eig.decompose(pencil)) {
            return;
        }
        int kMax = Math.min(options.recycleDimension(), dim);
        int[] pick = largestRealEigenvalues(eig, dim, kMax);
        int kNew = pick.length;
        if (kNew == 0) {
            return;
        }
        double[][] p = new double[kNew][];
        for (int l = 0; l < kNew; l++) {
            p[l] = eig.getEigenVector(pick[l]).data.clone();
        }
        // Ĝ P, then thin QR by Gram-Schmidt (kNew is small).
        double[][] gp = new double[kNew][dim + 1];
        for (int l = 0; l < kNew; l++) {
            for (int i = 0; i <= dim; i++) {
                double sum = 0;
                for (int j = 0; j < dim; j++) {
                    sum += g.get(i, j) * p[l][j];
                }
                gp[l][i] = sum;
            }
        }
        double[][] rr = new double[kNew][kNew];
        for (int l = 0; l < kNew; l++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < l; i++) {
                    double d = smallDot(gp[i], gp[l]);
                    rr[i][l] += d;
                    for (int q = 0; q <= dim; q++) {
                        gp[l][q] -= d * gp[i][q];
                    }
                }
            }
            double norm = Math.sqrt(smallDot(gp[l], gp[l]));
            if (norm == 0) {
                return;
            }
            rr[l][l] = norm;
            for (int q = 0; q <= dim; q++) {
                gp[l][q] /= norm;
            }
        }
        for (int l = 0; l < kNew; l++) {
            double[] cn = cNext[l];
            double[] un = uNext[l];
            // Fused passes: C = [C, V_{s+1}] (ĜP)_l, Y = [U D, V_s] P_l.
            double[] negated = new double[Math.max(k, s + 1)];
            for (int i = 0; i < k; i++) {
                negated[i] = -gp[l][i];
            }
            java.util.Arrays.fill(cn, 0);
            VectorBlock.subtractCombination(c, k, negated, cn);
            for (int j = 0; j <= s; j++) {
                negated[j] = -gp[l][k + j];
            }
            VectorBlock.subtractCombination(cycle.v, s + 1, negated, cn);
            for (int i = 0; i < k; i++) {
                negated[i] = -p[l][i] / uNorm[i];
            }
            java.util.Arrays.fill(un, 0);
            VectorBlock.subtractCombination(u, k, negated, un);
            for (int j = 0; j < s; j++) {
                negated[j] = -p[l][k + j];
            }
            VectorBlock.subtractCombination(cycle.v, s, negated, un);
            // U = Y R^{-1}, column by column.
            double[] rColumn = new double[l];
            for (int i = 0; i < l; i++) {
                rColumn[i] = rr[i][l];
            }
            VectorBlock.subtractCombination(uNext, l, rColumn, un);
            double inv = 1 / rr[l][l];
            for (int q = 0; q < n; q++) {
                un[q] *= inv;
            }
        }
        double[][] swap = u;
        u = uNext;
        uNext = swap;
        swap = c;
        c = cNext;
        cNext = swap;
        k = kNew;
    }

    private static int[] largestRealEigenvalues(EigenDecomposition_F64<DMatrixRMaj> eig, int dim, int count) {
        Integer[] order = new Integer[dim];
        double[] magnitude = new double[dim];
        int real = 0;
        for (int i = 0; i < dim; i++) {
            Complex_F64 value = eig.getEigenvalue(i);
            if (value.isReal() && eig.getEigenVector(i) != null) {
                magnitude[i] = Math.abs(value.real);
                order[real++] = i;
            }
        }
        Integer[] candidates = java.util.Arrays.copyOf(order, real);
        java.util.Arrays.sort(candidates, (x, y) -> Double.compare(magnitude[y], magnitude[x]));
        int[] pick = new int[Math.min(count, real)];
        for (int i = 0; i < pick.length; i++) {
            pick[i] = candidates[i];
        }
        return pick;
    }

    private static double smallDot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
