package org.operatorlab.solvers.solve;

import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.solvers.linalg.LinearOperator;

/** A matrix whose every product first asks the token, so a long Krylov solve stops soon after cancel. */
record CancellableOperator(LinearOperator matrix, CancellationToken cancel) implements LinearOperator {
    @Override
    public int size() { return matrix.size(); }

    @Override
    public void apply(double[] x, double[] y) {
        cancel.throwIfCancelled();
        matrix.apply(x, y);
    }
}
