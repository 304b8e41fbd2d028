package org.operatorlab.solvers.time;

import java.util.function.Function;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.solvers.fem.DirichletElimination;
import org.operatorlab.solvers.fem.Triplets;
import org.operatorlab.solvers.krylov.KrylovSolver;
import org.operatorlab.solvers.krylov.SolveResult;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * The theta scheme for M u' + K u = F(t) (the heat equation after P1 discretisation):
 * <pre>  (M + theta dt K) u<sup>n+1</sup> = (M - (1-theta) dt K) u<sup>n</sup> + dt (theta F<sup>n+1</sup> + (1-theta) F<sup>n</sup>)</pre>
 * theta = 1/2 is Crank-Nicolson (second order), theta = 1 backward Euler (first order, L-stable).
 * Nodes marked fixed keep the values they have in the state (steady Dirichlet data), eliminated
 * symmetrically so an SPD system stays SPD. Each step is one solve, warm-started from the previous
 * state. An instance holds the solver's state: use it from one thread.
 */
public final class ThetaScheme {
    /** A load vector F(t), or none. */
    @FunctionalInterface
    public interface Load {
        void at(double t, double[] out);
    }

    private final double theta;
    private final double dt;
    private final CsrMatrix system;
    private final CsrMatrix explicitPart;
    private final CsrMatrix fixedCoupling;
    private final boolean[] fixed;
    private final KrylovSolver solver;
    private final Preconditioner preconditioner;
    private Load load;

    /**
     * @param mass           M (Input). Not modified.
     * @param stiffness      K (Input). Not modified.
     * @param fixed          fixed[i] marks a Dirichlet node (copied)
     * @param theta          in [0, 1]
     * @param dt             time step, > 0
     * @param solver         solves the step system (e.g. CG for SPD M and K)
     * @param preconditioner builds a preconditioner for the step system, e.g. {@code Ic0::of}
     */
    public ThetaScheme(CsrMatrix mass, CsrMatrix stiffness, boolean[] fixed, double theta, double dt,
                       KrylovSolver solver, Function<CsrMatrix, Preconditioner> preconditioner) {
        if (!(theta >= 0 && theta <= 1)) {
            throw new IllegalArgumentException("theta must be in [0, 1], got " + theta);
        }
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("time step must be a positive number, got " + dt);
        }
        int n = mass.rows();
        if (stiffness.rows() != n || fixed.length != n) {
            throw new IllegalArgumentException("theta scheme: mass has " + n + " rows, stiffness " + stiffness.rows()
                    + ", fixed mask " + fixed.length);
        }
        this.theta = theta;
        this.dt = dt;
        this.fixed = fixed.clone();
        Triplets a = new Triplets(2 * mass.nonZeros());
        a.add(mass, 1);
        a.add(stiffness, theta * dt);
        CsrMatrix full = a.toCsr(n);
        Triplets b = new Triplets(2 * mass.nonZeros());
        b.add(mass, 1);
        b.add(stiffness, -(1 - theta) * dt);
        this.explicitPart = b.toCsr(n);
        this.system = DirichletElimination.apply(full, new double[n], this.fixed, new double[n]);
        this.fixedCoupling = couplingToFixed(full, this.fixed);
        this.solver = solver;
        this.preconditioner = preconditioner.apply(system);
    }

    /** Sets the load F(t) (null for none); returns this. */
    public ThetaScheme withLoad(Load f) {
        this.load = f;
        return this;
    }

    public double dt() { return dt; }

    /** Advances u from time 0 by {@code steps} steps, in place. */
    public void advance(double[] u, int steps) {
        advance(u, 0, steps);
    }

    /** Advances u from time t by {@code steps} steps, in place; returns the new time. */
    public double advance(double[] u, double t, int steps) {
        int n = u.length;
        if (n != fixed.length) {
            throw new IllegalArgumentException("state has " + n + " values, the system " + fixed.length);
        }
        double[] rhs = new double[n];
        double[] coupling = new double[n];
        double[] fNow = new double[n];
        double[] fNext = new double[n];
        double[] next = u.clone();
        for (int s = 0; s < steps; s++) {
            explicitPart.apply(u, rhs);
            if (load != null) {
                load.at(t, fNow);
                load.at(t + dt, fNext);
                for (int i = 0; i < n; i++) {
                    rhs[i] += dt * (theta * fNext[i] + (1 - theta) * fNow[i]);
                }
            }
            fixedCoupling.apply(u, coupling);
            for (int i = 0; i < n; i++) {
                rhs[i] = fixed[i] ? u[i] : rhs[i] - coupling[i];
            }
            SolveResult r = solver.solve(system, rhs, next, preconditioner);
            if (!r.converged()) {
                throw new IllegalStateException("theta scheme step at t = " + t + ": " + solver.name() + " "
                        + r.status() + " (relative residual " + r.relativeResidual() + ")");
            }
            System.arraycopy(next, 0, u, 0, n);
            t += dt;
        }
        return t;
    }

    /** States at the given times (ascending, multiples of dt within 1e-9 relative) from u0 at t = 0. */
    public double[][] snapshots(double[] u0, double[] times, CancellationToken cancel) {
        double[][] out = new double[times.length][];
        double[] u = u0.clone();
        long done = 0;
        for (int i = 0; i < times.length; i++) {
            double stepsExact = times[i] / dt;
            long target = Math.round(stepsExact);
            if (Math.abs(stepsExact - target) > 1e-9 * Math.max(1, stepsExact) || target < done) {
                throw new IllegalArgumentException("snapshot time " + times[i] + " at index " + i
                        + " is not an ascending multiple of dt = " + dt);
            }
            while (done < target) {
                cancel.throwIfCancelled();
                advance(u, done * dt, 1);
                done++;
            }
            out[i] = u.clone();
        }
        return out;
    }

    /** Entries A_ij of free rows i and fixed columns j: their products move to the right-hand side. */
    private static CsrMatrix couplingToFixed(CsrMatrix a, boolean[] fixed) {
        Triplets t = new Triplets(16);
        int[] ptr = a.rowPointers();
        int[] idx = a.columnIndices();
        double[] val = a.values();
        for (int i = 0; i < a.rows(); i++) {
            if (fixed[i]) {
                continue;
            }
            for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                if (fixed[idx[p]]) {
                    t.add(i, idx[p], val[p]);
                }
            }
        }
        return t.toCsr(a.rows());
    }
}
