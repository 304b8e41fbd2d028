package org.operatorlab.solvers.fem;

import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * Symmetric elimination of prescribed nodal values: row and column of a fixed node become the identity,
 * its right-hand side the prescribed value, and the column's former entries move to the right-hand
 * side of the free rows. The system keeps its size and an SPD matrix stays SPD.
 */
public final class DirichletElimination {
    private DirichletElimination() {
    }

    /**
     * @param a      (Input) the full matrix. Not modified.
     * @param rhs    (Input/Output) right-hand side, adjusted in place
     * @param fixed  (Input) fixed[i] marks a prescribed node
     * @param values (Input) prescribed values (read where fixed)
     * @return the eliminated matrix
     */
    public static CsrMatrix apply(CsrMatrix a, double[] rhs, boolean[] fixed, double[] values) {
        Triplets t = new Triplets(a.nonZeros());
        t.add(a, 1);
        return apply(t, a.rows(), rhs, fixed, values);
    }

    static CsrMatrix apply(Triplets t, int n, double[] rhs, boolean[] fixed, double[] values) {
        if (rhs.length != n || fixed.length != n || values.length != n) {
            throw new IllegalArgumentException("Dirichlet elimination on " + n + " unknowns got rhs " + rhs.length
                    + ", mask " + fixed.length + ", values " + values.length);
        }
        Triplets kept = new Triplets(t.size());
        for (int k = 0; k < t.size(); k++) {
            int i = t.row(k), j = t.col(k);
            if (fixed[i]) {
                continue;
            }
            if (fixed[j]) {
                rhs[i] -= t.value(k) * values[j];
            } else {
                kept.add(i, j, t.value(k));
            }
        }
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                kept.add(i, i, 1);
                rhs[i] = values[i];
            }
        }
        return kept.toCsr(n);
    }
}
