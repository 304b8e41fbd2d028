package org.operatorlab.solvers.krylov;

import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * One cycle of right-preconditioned Arnoldi for B = A M<sup>-1</sup>, optionally projected against an
 * orthonormal block C (GCRO-DR runs Arnoldi on (I − C C<sup>T</sup>) B). Builds V<sub>s+1</sub> and
 * the Hessenberg matrix H̄<sub>s</sub> with B V<sub>s</sub> = C E<sub>s</sub> + V<sub>s+1</sub> H̄<sub>s</sub>,
 * and solves the small least-squares problem with Givens rotations as it goes. Reused across cycles:
 * all storage is allocated once.
 */
final class ArnoldiCycle {
    final int n;
    final int capacity;
    /** Basis vectors v_0 .. v_s. */
    final double[][] v;
    /** Raw Hessenberg H̄, (capacity+1) x capacity, h[i][j]. */
    final double[][] h;
    /** E = C<sup>T</sup> B V: e[i][j] for deflation vector i (GCRO-DR's B_k). */
    final double[][] e;
    private final double[][] rotated;
    private final double[] cs;
    private final double[] sn;
    private final double[] g;
    private final double[] z;
    /** Steps completed in the last {@link #run}. */
    int steps;
    /** True when the last run stopped on an invariant subspace (h_{s+1,s} = 0). */
    boolean invariant;
    /** Modified Gram-Schmidt passes per step: 1 or 2. */
    private final int passes;

    /**
     * @param passes 1: modified Gram-Schmidt, enough for GMRES (backward stable: Paige, Rozložník and
     *               Strakoš 2006); 2: repeated once (Giraud et al. 2005), V orthonormal to working
     *               precision, which GCRO-DR's recycle-space algebra relies on
     */
    ArnoldiCycle(int n, int capacity, int maxDeflation, int passes) {
        if (passes != 1 && passes != 2) {
            throw new IllegalArgumentException("Gram-Schmidt passes must be 1 or 2, got " + passes);
        }
        this.passes = passes;
        this.n = n;
        this.capacity = capacity;
        this.v = new double[capacity + 1][n];
        this.h = new double[capacity + 1][capacity];
        this.e = new double[maxDeflation][capacity];
        this.rotated = new double[capacity + 1][capacity];
        this.cs = new double[capacity];
        this.sn = new double[capacity];
        this.g = new double[capacity + 1];
        this.z = new double[n];
    }

    /**
     * Runs up to {@code limit} steps from residual r (norm beta), stopping early at the tolerance or
     * at an invariant subspace. Each step costs one product with A and one preconditioner apply.
     *
     * @param c  deflation block (orthonormal rows), or null
     * @param kc number of rows of c in use
     * @return the least-squares residual norm estimate after the last step
     */
    double run(LinearOperator a, Preconditioner m, double[] r, double beta, int limit,
               double[][] c, int kc, IterationLog log) {
        double inv = 1 / beta;
        double[] v0 = v[0];
        for (int i = 0; i < n; i++) {
            v0[i] = r[i] * inv;
        }
        java.util.Arrays.fill(g, 0);
        g[0] = beta;
        double estimate = beta;
        steps = 0;
        invariant = false;
        for (int j = 0; j < limit; j++) {
            double[] w = v[j + 1];
            m.apply(v[j], z);
            a.apply(z, w);
            for (int i = 0; i < kc; i++) {
                double d = Vectors.dot(w, c[i]);
                e[i][j] = d;
                Vectors.axpy(-d, c[i], w);
            }
            for (int i = 0; i <= j; i++) {
                h[i][j] = 0;
            }
            for (int pass = 0; pass < passes; pass++) {
                for (int i = 0; i <= j; i++) {
                    double d = Vectors.dot(w, v[i]);
                    h[i][j] += d;
                    Vectors.axpy(-d, v[i], w);
                }
            }
            double norm = Vectors.norm(w);
            h[j + 1][j] = norm;
            steps = j + 1;
            estimate = rotate(j);
            log.iteration(estimate);
            if (norm <= 1e-14 * beta) {
                invariant = true;
                break;
            }
            double scale = 1 / norm;
            for (int i = 0; i < n; i++) {
                w[i] *= scale;
            }
            if (log.reached(estimate)) {
                break;
            }
        }
        return estimate;
    }

    /** Applies the earlier rotations to column j, makes a new one; returns |g_{j+1}|. */
    private double rotate(int j) {
        for (int i = 0; i <= j + 1; i++) {
            rotated[i][j] = h[i][j];
        }
        for (int i = 0; i < j; i++) {
            double t = cs[i] * rotated[i][j] + sn[i] * rotated[i + 1][j];
            rotated[i + 1][j] = -sn[i] * rotated[i][j] + cs[i] * rotated[i + 1][j];
            rotated[i][j] = t;
        }
        double p = rotated[j][j];
        double q = rotated[j + 1][j];
        double rho = Math.hypot(p, q);
        cs[j] = rho == 0 ? 1 : p / rho;
        sn[j] = rho == 0 ? 0 : q / rho;
        rotated[j][j] = rho;
        rotated[j + 1][j] = 0;
        g[j + 1] = -sn[j] * g[j];
        g[j] = cs[j] * g[j];
        return Math.abs(g[j + 1]);
    }

    /** y minimising ||beta e1 − H̄ y|| over the steps done (back substitution on the rotated system). */
    double[] leastSquares() {
        int s = steps;
        double[] y = new double[s];
        for (int i = s - 1; i >= 0; i--) {
            double t = g[i];
            for (int k = i + 1; k < s; k++) {
                t -= rotated[i][k] * y[k];
            }
            y[i] = rotated[i][i] == 0 ? 0 : t / rotated[i][i];
        }
        return y;
    }

    /** out = V<sub>s</sub> y. */
    void combine(double[] y, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int j = 0; j < y.length; j++) {
            Vectors.axpy(y[j], v[j], out);
        }
    }
}
