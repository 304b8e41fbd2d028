package org.operatorlab.solvers.solve;

/** A solved linear system and how it was solved. */
record LinearSolution(double[] x, String method, String preconditioner, int iterations, double relativeResidual) {
}
