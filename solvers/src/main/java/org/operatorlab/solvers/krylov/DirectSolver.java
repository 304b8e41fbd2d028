package org.operatorlab.solvers.krylov;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.linalg.LinearOperator;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * Sparse direct solve with EJML (Cholesky for SPD, LU otherwise), behind the {@link KrylovSolver}
 * interface so callers can switch between direct and iterative. The initial guess and the
 * preconditioner are ignored. The factorisation is kept while the same matrix object is passed again.
 * The reported residual is recomputed as ||b − A x|| / ||b|| (one product).
 */
public final class DirectSolver implements KrylovSolver {
    /** Which factorisation. */
    public enum Method { CHOLESKY, LU }

    private final Method method;
    private final FillReducing ordering;
    private CsrMatrix factored;
    private LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> solver;

    public DirectSolver(Method method, FillReducing ordering) {
        this.method = method;
        this.ordering = ordering;
    }

    /** Cholesky without fill-reducing permutation (EJML offers no nested dissection; 127² Darcy: ~400 ms). */
    public static DirectSolver cholesky() {
        return new DirectSolver(Method.CHOLESKY, FillReducing.NONE);
    }

    public static DirectSolver lu() {
        return new DirectSolver(Method.LU, FillReducing.NONE);
    }

    @Override
    public String name() { return "direct(" + method.name().toLowerCase(java.util.Locale.ROOT) + ")"; }

    @Override
    public SolveResult solve(LinearOperator a, double[] b, double[] x, Preconditioner m) {
        if (!(a instanceof CsrMatrix matrix)) {
            throw new IllegalArgumentException("direct solver needs an assembled CsrMatrix, got " + a.getClass().getSimpleName());
        }
        long start = System.nanoTime();
        int n = matrix.size();
        Vectors.requireLength(name() + ": right-hand side", b, n);
        Vectors.requireLength(name() + ": solution", x, n);
        if (matrix != factored) {
            solver = method == Method.CHOLESKY
                    ? LinearSolverFactory_DSCC.cholesky(ordering)
                    : LinearSolverFactory_DSCC.lu(ordering);
            if (!solver.setA(toCsc(matrix))) {
                factored = null;
                return new SolveResult(false, 0, Double.NaN, new double[0], System.nanoTime() - start,
                        "breakdown: " + name() + " factorisation failed (matrix singular or, for Cholesky, not SPD)");
            }
            factored = matrix;
        }
        DMatrixRMaj rhs = DMatrixRMaj.wrap(n, 1, b.clone());
        DMatrixRMaj sol = DMatrixRMaj.wrap(n, 1, x);
        solver.solve(rhs, sol);
        double rel = Vectors.relativeResidual(matrix, b, x);
        boolean ok = Double.isFinite(rel);
        return new SolveResult(ok, 0, rel, new double[] {rel}, System.nanoTime() - start,
                ok ? SolveResult.CONVERGED : "breakdown: direct solve produced non-finite values");
    }

    /** CSC of A is CSR of A<sup>T</sup>. */
    static DMatrixSparseCSC toCsc(CsrMatrix a) {
        CsrMatrix t = a.transpose();
        DMatrixSparseCSC csc = new DMatrixSparseCSC(a.rows(), a.cols(), a.nonZeros());
        System.arraycopy(t.rowPointers(), 0, csc.col_idx, 0, a.cols() + 1);
        System.arraycopy(t.columnIndices(), 0, csc.nz_rows, 0, a.nonZeros());
        System.arraycopy(t.values(), 0, csc.nz_values, 0, a.nonZeros());
        csc.nz_length = a.nonZeros();
        csc.indicesSorted = true;
        return csc;
    }
}
