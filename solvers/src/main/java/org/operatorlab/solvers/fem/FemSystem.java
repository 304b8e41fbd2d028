package org.operatorlab.solvers.fem;

import org.operatorlab.solvers.linalg.CsrMatrix;

/**
 * An assembled P1 system A u = rhs over all mesh nodes; Dirichlet nodes are eliminated symmetrically
 * (identity rows and columns, rhs = prescribed value), so the solution vector is the nodal field.
 *
 * @param matrix the system matrix, nodes x nodes
 * @param rhs    right-hand side
 * @param fixed  fixed[i] marks a Dirichlet node
 */
public record FemSystem(CsrMatrix matrix, double[] rhs, boolean[] fixed) {
}
