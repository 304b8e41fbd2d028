package org.operatorlab.operators.pinn;

/**
 * A trained PINN and how training went.
 *
 * @param loss final training loss
 * @param seconds wall time of training
 */
public record PinnSolution(PinnNetwork network, double loss, int adamSteps, int lbfgsIterations, double seconds) {
    /** u at the points (their layout must match the problem: (x, y), (x, y, t) or (x, t)). */
    public double[] predict(Points p) {
        return network.predict(p);
    }
}
