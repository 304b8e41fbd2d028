package org.operatorlab.solvers.data;

import java.util.function.Function;
import org.operatorlab.solvers.fd.LinearSystem;
import org.operatorlab.solvers.krylov.KrylovSolver;
import org.operatorlab.solvers.krylov.SolveResult;
import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.linalg.Vectors;
import org.operatorlab.solvers.precond.Preconditioner;

/**
 * Solves each sample's linear system with one (possibly recycling) Krylov or direct solver. One per
 * thread: the solver's recycle space and factorisation belong to the sequence this thread solves.
 */
final class LinearSystemSampleSolver implements SampleSolver {
    private final Function<double[], LinearSystem> assemble;
    private final KrylovSolver solver;
    private final Function<CsrMatrix, Preconditioner> preconditioner;
    private final int unknowns;
    private int[] unknownToNode;
    private double[] work = new double[0];

    LinearSystemSampleSolver(Function<double[], LinearSystem> assemble, int unknowns, KrylovSolver solver,
                             Function<CsrMatrix, Preconditioner> preconditioner) {
        this.assemble = assemble;
        this.unknowns = unknowns;
        this.solver = solver;
        this.preconditioner = preconditioner;
    }

    @Override
    public int stateLength() { return unknowns; }

    @Override
    public SampleSolve solve(double[] input, double[] state) {
        LinearSystem system = assemble.apply(input);
        if (system.rhs().length != unknowns) {
            throw new IllegalStateException("sample system has " + system.rhs().length + " unknowns, expected " + unknowns);
        }
        unknownToNode = system.unknownToNode();
        scaleInitialGuess(system, state);
        SolveResult r = solver.solve(system.matrix(), system.rhs(), state, preconditioner.apply(system.matrix()));
        return new SampleSolve(r.iterations(), r.converged(), r.relativeResidual());
    }

    /**
     * Replaces a warm start p by α p with α = (b·Ap)/(Ap·Ap), the multiple with the smallest residual
     * (one product). The previous sample's solution, taken as is, can have a residual larger than ‖b‖
     * where the coefficient jumped; scaled, it never starts worse than zero.
     */
    private void scaleInitialGuess(LinearSystem system, double[] state) {
        if (Vectors.norm(state) == 0) {
            return;
        }
        double[] ap = work.length == state.length ? work : (work = new double[state.length]);
        system.matrix().apply(state, ap);
        double apap = Vectors.dot(ap, ap);
        double alpha = apap > 0 ? Vectors.dot(system.rhs(), ap) / apap : 0;
        for (int k = 0; k < state.length; k++) {
            state[k] *= alpha;
        }
    }

    @Override
    public void toOutput(double[] state, double[] outputRow) {
        java.util.Arrays.fill(outputRow, 0.0);
        for (int k = 0; k < unknownToNode.length; k++) {
            outputRow[unknownToNode[k]] = state[k];
        }
    }

    /** The solver's name for metadata, e.g. {@code recycled-cg(10)}. */
    String solverName() { return solver.name(); }
}
