package org.operatorlab.solvers.krylov;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * Deflated preconditioned CG for sequences of SPD systems (Saad, Yeung, Erhel, Guyomarc'h, SIAM J. Sci.
 * Comput. 21, 2000): keeps k vectors W approximating the eigenvectors of M<sup>-1</sup>A with the smallest
 * eigenvalues, and between calls
 * <ol>
 *   <li>starts from x<sub>0</sub> + W (W<sup>T</sup>AW)<sup>-1</sup> W<sup>T</sup> r<sub>0</sub> (init-CG:
 *       the residual is A-projected off W), and</li>
 *   <li>keeps every search direction A-orthogonal to W (def-CG): p = z + β p − W μ,
 *       (W<sup>T</sup>AW) μ = (AW)<sup>T</sup> z.</li>
 * </ol>
 * After each solve, W is replaced by the k smallest Ritz vectors of M<sup>-1</sup>A (A-inner product) from
 * span(W, p<sub>0</sub> … p<sub>s-1</sub>) of the first s iterations. The projected matrices need no extra
 * products: in deflated CG the p-block of Z<sup>T</sup>AZ is diagonal and that of
 * (AZ)<sup>T</sup>M<sup>-1</sup>(AZ) the Lanczos tridiagonal, built from the CG scalars. When A changes
 * (a different object) AW is recomputed: k products, counted as iterations.
 *
 * <p>Optionally W also holds a coarse space of aggregate indicators ({@link CoarseSpace}, as in
 * {@link CoarseDeflatedCg}), rebuilt for each matrix; the recycled vectors are then kept A-orthogonal to it
 * (projected when A changes), so WᵀAW stays block diagonal and the Ritz vectors describe what the coarse
 * space leaves slow. Needs a {@link CsrMatrix} then.
 *
 * <p>Stateful: one instance per thread and per sequence of systems.
 */
public final class RecycledCg implements KrylovSolver {
    private final SolverOptions options;
    private final int recordSteps;
    private int n = -1;
    private int k;
    private double[][] w;
    private double[][] aw;
    private double[][] wNext;
    private double[][] directions;
    private DMatrixRMaj wawFactor;
    private DMatrixRMaj waw;
    private LinearOperator lastA;
    /** Null without a coarse space. */
    private final CoarseSpace.Builder coarseBuilder;
    private CoarseSpace coarse;
    private LinearOperator coarseA;

    /** k = options.recycleDimension(), Ritz information from the first 2k iterations of each solve. */
    public RecycledCg(SolverOptions options) {
        this(options, 2 * Math.max(1, options.recycleDimension()));
    }

    public RecycledCg(SolverOptions options, int recordSteps) {
        this(options, recordSteps, 0);
    }

    /** @param coarseRadius aggregate radius of the coarse space in graph hops; 0 for none */
    public RecycledCg(SolverOptions options, int recordSteps, int coarseRadius) {
        if (options.recycleDimension() < 1) {
            throw new IllegalArgumentException("recycled CG needs a recycle dimension k >= 1, got " + options.recycleDimension());
        }
        if (recordSteps < 1) {
            throw new IllegalArgumentException("recycled CG records at least one step, got " + recordSteps);
        }
        this.options = options;
        this.recordSteps = recordSteps;
        this.coarseBuilder = coarseRadius == 0 ? null : new CoarseSpace.Builder(coarseRadius);
    }

    @Override
    public String name() {
        return "recycled-cg(" + options.recycleDimension()
                + (coarseBuilder == null ? "" : ", coarse r=" + coarseBuilder.radius()) + ")";
    }

    /** Number of coarse vectors in the last solve (0 without a coarse space). */
    public int coarseSize() { return coarseBuilder == null ? 0 : coarseBuilder.count(); }

    public int recycleSize() { return k; }

    public void forgetRecycleSpace() {
        k = 0;
        lastA = null;
    }

    @Override
    public SolveResult solve(LinearOperator a, double[] b, double[] x, Preconditioner m) {
        IterationLog log = IterationLog.start(name(), a, b, x, options);
        allocate(b.length);
        CoarseSpace c = coarseFor(a);
        if (k > 0 && a != lastA && !refreshAw(a, log)) {
            k = 0;
        }
        lastA = a;
        double[] r = new double[n];
        double[] z = new double[n];
        double[] p = new double[n];
        double[] ap = new double[n];
        double[] mu = new double[k];
        double rNorm = Vectors.residual(a, b, x, r);
        log.record(rNorm);
        double[] coarseMu = c == null ? null : new double[c.count()];
        int[] of = c == null ? null : c.aggregateOf();
        if (c != null) {
            // x += Z E⁻¹ Zᵀ r, r −= AZ (the same coefficients); W ⊥_A Z, so the two projections are independent.
            c.restrict(r, coarseMu);
            c.solve(coarseMu);
            for (int i = 0; i < n; i++) {
                x[i] += coarseMu[of[i]];
                r[i] -= c.awRow(i, coarseMu);
            }
            rNorm = Vectors.norm(r);
        }
        if (k > 0) {
            // init-CG: x += W (WᵀAW)⁻¹ Wᵀ r, r −= AW (same coefficients).
            VectorBlock.dots(w, k, r, mu);
            solveGram(mu);
            VectorBlock.subtractCombination(aw, k, mu, r);
            for (int i = 0; i < k; i++) {
                mu[i] = -mu[i];
            }
            VectorBlock.subtractCombination(w, k, mu, x);
            rNorm = Vectors.norm(r);
        }
        int record = Math.min(recordSteps, directions.length);
        double[] alphas = new double[record];
        double[] rhos = new double[record + 1];
        double[] paps = new double[record];
        double[][] gz = new double[record + 1][k]; // (AW)ᵀ z_j
        int recorded = 0;
        boolean first = true;
        double rz = 0;
        int its = 0;
        while (!log.reached(rNorm) || !ConjugateGradient.trueResidualReached(a, b, x, r, log)) {
            if (log.iterations() >= options.maxIterations()) {
                return log.finish(false, Vectors.norm(r), SolveResult.MAX_ITERATIONS);
            }
            if (log.reached(rNorm)) {
                first = true; // restart from the true residual
                recorded = Math.min(recorded, its);
                record = recorded; // the Lanczos relations break at a restart: stop recording
            }
            m.apply(r, z);
            double rzNew = VectorBlock.dotsAndDot(aw, k, z, r, mu); // r·z and (AW)ᵀz in one pass
            if (its <= record && (its < record || record > 0)) {
                System.arraycopy(mu, 0, gz[its], 0, k);
                rhos[its] = rzNew;
            }
            solveGram(mu);
            if (c != null) {
                c.awTransposeTimesAndDot(z, r, coarseMu);
                c.solve(coarseMu);
                for (int i = 0; i < n; i++) {
                    z[i] -= coarseMu[of[i]];
                }
            }
            // p = z + β p − W μ in one pass (β = 0 on a restart).
            double beta = first ? 0 : rzNew / rz;
            first = false;
            VectorBlock.directionUpdate(z, beta, p, w, k, mu);
            rz = rzNew;
            double pap = a.applyDot(p, ap);
            if (ConjugateGradient.brokeDown(pap, rz)) {
                log.iteration(rNorm);
                return log.finish(false, rNorm, ConjugateGradient.breakdownStatus(pap, rz));
            }
            double alpha = rz / pap;
            if (its < record) {
                System.arraycopy(p, 0, directions[its], 0, n);
                alphas[its] = alpha;
                paps[its] = pap;
                recorded = its + 1;
            }
            rNorm = ConjugateGradient.advance(alpha, p, ap, x, r);
            log.iteration(rNorm);
            its++;
        }
        // The tridiagonal needs ρ and (AW)ᵀz one step past the last recorded direction.
        int usable = Math.min(recorded, its - 1);
        if (usable > 0 || k > 0) {
            updateRitz(m, Math.max(usable, 0), alphas, rhos, paps, gz);
        }
        return log.finish(true, Vectors.norm(r), SolveResult.CONVERGED);
    }

    private void allocate(int size) {
        if (size == n) {
            return;
        }
        n = size;
        int kMax = options.recycleDimension();
        w = new double[kMax][n];
        aw = new double[kMax][n];
        wNext = new double[kMax][n];
        directions = new double[recordSteps][n];
        k = 0;
    }

    /** The coarse space for this matrix (built when A changes), or null without one. */
    private CoarseSpace coarseFor(LinearOperator a) {
        if (coarseBuilder == null) {
            return null;
        }
        if (!(a instanceof CsrMatrix csr)) {
            throw new IllegalArgumentException("recycled CG with a coarse space needs an assembled CSR matrix, got "
                    + a.getClass().getSimpleName());
        }
        if (a != coarseA) {
            coarse = coarseBuilder.forMatrix(csr);
            coarseA = a;
            lastA = null; // W must be projected against the new coarse space
        }
        return coarse;
    }

    /**
     * AW and the Cholesky factor of WᵀAW for a new A; false if WᵀAW is not positive definite. With a coarse
     * space Z, W first becomes A-orthogonal to it: w −= Z E⁻¹ (AZ)ᵀ w, Aw −= AZ (the same coefficients).
     */
    private boolean refreshAw(LinearOperator a, IterationLog log) {
        VectorBlock.multiply(a, w, k, aw); // one pass over A for all k vectors
        for (int i = 0; i < k; i++) {
            log.extraProduct();
        }
        if (coarse != null) {
            int[] of = coarse.aggregateOf();
            double[] y = new double[coarse.count()];
            for (int j = 0; j < k; j++) {
                coarse.restrict(aw[j], y); // Zᵀ A w = (AZ)ᵀ w, A symmetric
                coarse.solve(y);
                double[] wj = w[j];
                double[] awj = aw[j];
                for (int i = 0; i < n; i++) {
                    wj[i] -= y[of[i]];
                    awj[i] -= coarse.awRow(i, y);
                }
            }
        }
        return factorGram();
    }

    private boolean factorGram() {
        waw = new DMatrixRMaj(k, k);
        double[][] g = new double[k][k]; // g[i][j] = w_j · (A w_i), k fused dots per pass
        for (int i = 0; i < k; i++) {
            VectorBlock.dots(w, k, aw[i], g[i]);
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double d = 0.5 * (g[i][j] + g[j][i]);
                waw.set(i, j, d);
                waw.set(j, i, d);
            }
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(k, true);
        DMatrixRMaj copy = waw.copy();
        if (!chol.decompose(copy)) {
            return false;
        }
        wawFactor = chol.getT(null);
        return true;
    }

    /** v ← (WᵀAW)⁻¹ v through the stored Cholesky factor L (L Lᵀ). */
    private void solveGram(double[] v) {
        if (k == 0) {
            return;
        }
        for (int i = 0; i < k; i++) {
            double s = v[i];
            for (int j = 0; j < i; j++) {
                s -= wawFactor.get(i, j) * v[j];
            }
            v[i] = s / wawFactor.get(i, i);
        }
        for (int i = k - 1; i >= 0; i--) {
            double s = v[i];
            for (int j = i + 1; j < k; j++) {
                s -= wawFactor.get(j, i) * v[j];
            }
            v[i] = s / wawFactor.get(i, i);
        }
    }

    /**
     * Rayleigh-Ritz for M⁻¹A in the A-inner product on Z = [W, P<sub>s</sub>]: F y = θ G y with
     * F = (AZ)ᵀM⁻¹(AZ), G = ZᵀAZ; W ← Z Y for the k smallest θ (then WᵀAW = I for this A).
     */
    private void updateRitz(Preconditioner m, int s, double[] alphas, double[] rhos, double[] paps, double[][] gz) {
        int dim = k + s;
        int kNew = Math.min(options.recycleDimension(), dim);
        if (dim == 0) {
            return;
        }
        DMatrixRMaj f = new DMatrixRMaj(dim, dim);
        DMatrixRMaj g = new DMatrixRMaj(dim, dim);
        double[] t = new double[n];
        double[] row = new double[k];
        for (int i = 0; i < k; i++) {
            m.apply(aw[i], t);
            VectorBlock.dots(aw, i + 1, t, row);
            for (int j = 0; j <= i; j++) {
                f.set(i, j, row[j]);
                f.set(j, i, row[j]);
                g.set(i, j, waw.get(i, j));
                g.set(j, i, waw.get(j, i));
            }
        }
        for (int j = 0; j < s; j++) {
            // M⁻¹A p_j = (z_j − z_{j+1}) / α_j, so (AW)ᵀ M⁻¹ A p_j = (g_j − g_{j+1}) / α_j.
            for (int i = 0; i < k; i++) {
                double d = (gz[j][i] - gz[j + 1][i]) / alphas[j];
                f.set(i, k + j, d);
                f.set(k + j, i, d);
            }
            f.set(k + j, k + j, (rhos[j] + rhos[j + 1]) / (alphas[j] * alphas[j]));
            if (j + 1 < s) {
                double off = -rhos[j + 1] / (alphas[j] * alphas[j + 1]);
                f.set(k + j, k + j + 1, off);
                f.set(k + j + 1, k + j, off);
            }
            g.set(k + j, k + j, paps[j]);
        }
        // Reduce to a standard symmetric problem with G = L Lᵀ.
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(dim, true);
        if (!chol.decompose(g.copy())) {
            return;
        }
        DMatrixRMaj l = chol.getT(null);
        DMatrixRMaj lInv = new DMatrixRMaj(dim, dim);
        if (!CommonOps_DDRM.invert(l, lInv)) {
            return;
        }
        DMatrixRMaj tmp = new DMatrixRMaj(dim, dim);
        DMatrixRMaj sym = new DMatrixRMaj(dim, dim);
        CommonOps_DDRM.mult(lInv, f, tmp);
        CommonOps_DDRM.multTransB(tmp, lInv, sym);
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < i; j++) {
                double avg = 0.5 * (sym.get(i, j) + sym.get(j, i));
                sym.set(i, j, avg);
                sym.set(j, i, avg);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(dim, true, true);
        if (!eig.decompose(sym)) {
            return;
        }
        Integer[] order = new Integer[dim];
        for (int i = 0; i < dim; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(eig.getEigenvalue(x).real, eig.getEigenvalue(y).real));
        // W_new = [W, P] Y for the kNew smallest θ, all targets in one blocked pass over the sources.
        double[][] coefficients = new double[kNew][dim];
        for (int l2 = 0; l2 < kNew; l2++) {
            DMatrixRMaj q = eig.getEigenVector(order[l2]);
            for (int i = 0; i < dim; i++) { // y = L⁻ᵀ q
                double sum = 0;
                for (int j = 0; j < dim; j++) {
                    sum += lInv.get(j, i) * q.get(j, 0);
                }
                coefficients[l2][i] = sum;
            }
        }
        double[][] sources = new double[dim][];
        System.arraycopy(w, 0, sources, 0, k);
        System.arraycopy(directions, 0, sources, k, s);
        VectorBlock.combinations(sources, dim, coefficients, wNext, kNew);
        double[][] swap = w;
        w = wNext;
        wNext = swap;
        k = kNew;
        lastA = null; // AW no longer matches W: recompute on the next call
    }
}
