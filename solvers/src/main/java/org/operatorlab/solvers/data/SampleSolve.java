package org.operatorlab.solvers.data;

/** What solving one sample cost and how well it went. */
public record SampleSolve(int iterations, boolean converged, double relativeResidual) {
    /** A solve that has no iterations or residual, e.g. a time stepper or a direct factorisation. */
    public static SampleSolve exact() { return new SampleSolve(0, true, 0.0); }
}
