package org.operatorlab.solvers.bench;

import org.operatorlab.solvers.linalg.CsrMatrix;
import org.operatorlab.solvers.precond.FastPoissonPreconditioner;
import org.operatorlab.solvers.precond.Ic0;
import org.operatorlab.solvers.precond.Ilu0;
import org.operatorlab.solvers.precond.Jacobi;
import org.operatorlab.solvers.precond.Preconditioner;

/** The preconditioners the benchmark can use, built per system (setup time is part of the solve time). */
enum PreconditionerChoice {
    JACOBI, ILU0, IC0, MIC0, FAST_POISSON;

    Preconditioner build(CsrMatrix a, double[] coefficient, DarcySequence sequence) {
        return switch (this) {
            case JACOBI -> Jacobi.of(a);
            case ILU0 -> Ilu0.of(a);
            case IC0 -> Ic0.of(a);
            case MIC0 -> Ic0.modified(a, 0.97);
            case FAST_POISSON -> FastPoissonPreconditioner.forGrid(sequence.interiorX(), sequence.interiorY(),
                    sequence.grid.dx(), sequence.grid.dy(), geometricMean(coefficient));
        };
    }

    /** The constant-coefficient operator closest to −∇·(a∇) in the log sense. */
    static double geometricMean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += Math.log(v);
        }
        return Math.exp(s / a.length);
    }

    static PreconditionerChoice parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown preconditioner '" + text + "', expected one of "
                    + java.util.Arrays.toString(values()).toLowerCase(java.util.Locale.ROOT));
        }
    }
}
