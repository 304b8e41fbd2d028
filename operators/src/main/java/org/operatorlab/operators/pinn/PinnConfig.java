package org.operatorlab.operators.pinn;

/**
 * Settings of a PINN run.
 *
 * @param hidden widths of the hidden tanh layers
 * @param interiorPoints collocation points inside the domain (space-time for time-dependent problems)
 * @param boundaryPoints points on the boundary in all, split between named boundaries by length
 * @param initialPoints points at the start time (time-dependent problems)
 * @param adamSteps full-batch Adam steps before L-BFGS
 * @param learningRate Adam's learning rate
 * @param lbfgsIterations L-BFGS iterations after Adam (0: none)
 * @param boundaryWeight weight of the soft boundary and initial terms against the PDE residual
 * @param hardDirichlet impose u = g exactly through a distance function (steady, all-Dirichlet problems)
 * @param seed seeds the weights and the collocation points
 */
public record PinnConfig(int[] hidden, int interiorPoints, int boundaryPoints, int initialPoints, int adamSteps,
                         double learningRate, int lbfgsIterations, double boundaryWeight, boolean hardDirichlet,
                         long seed) {
    public PinnConfig {
        hidden = hidden.clone();
        if (hidden.length == 0 || java.util.Arrays.stream(hidden).anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("PINN hidden widths must be >= 1 and at least one layer, got "
                    + java.util.Arrays.toString(hidden));
        }
        if (interiorPoints < 1 || boundaryPoints < 0 || initialPoints < 0 || adamSteps < 0 || lbfgsIterations < 0) {
            throw new IllegalArgumentException("PINN point counts and steps must be non-negative (interior >= 1), got interior="
                    + interiorPoints + " boundary=" + boundaryPoints + " initial=" + initialPoints + " adam=" + adamSteps
                    + " lbfgs=" + lbfgsIterations);
        }
        if (!(learningRate > 0) || !(boundaryWeight > 0)) {
            throw new IllegalArgumentException("PINN learning rate and boundary weight must be > 0, got lr=" + learningRate
                    + " weight=" + boundaryWeight);
        }
    }

    /** 3 x 32 tanh, 1000 interior and 200 boundary points, 1000 Adam steps then up to 1000 L-BFGS iterations. */
    public static PinnConfig defaults() {
        return new PinnConfig(new int[] {32, 32, 32}, 1000, 200, 200, 1000, 1e-3, 1000, 1, false, 1);
    }

    public PinnConfig withHardDirichlet(boolean on) {
        return new PinnConfig(hidden, interiorPoints, boundaryPoints, initialPoints, adamSteps, learningRate,
                lbfgsIterations, boundaryWeight, on, seed);
    }

    public PinnConfig withSteps(int adam, int lbfgs) {
        return new PinnConfig(hidden, interiorPoints, boundaryPoints, initialPoints, adam, learningRate, lbfgs,
                boundaryWeight, hardDirichlet, seed);
    }

    public PinnConfig withPoints(int interior, int boundary, int initial) {
        return new PinnConfig(hidden, interior, boundary, initial, adamSteps, learningRate, lbfgsIterations,
                boundaryWeight, hardDirichlet, seed);
    }

    public PinnConfig withHidden(int... widths) {
        return new PinnConfig(widths, interiorPoints, boundaryPoints, initialPoints, adamSteps, learningRate,
                lbfgsIterations, boundaryWeight, hardDirichlet, seed);
    }

    public PinnConfig withLearningRate(double lr) {
        return new PinnConfig(hidden, interiorPoints, boundaryPoints, initialPoints, adamSteps, lr, lbfgsIterations,
                boundaryWeight, hardDirichlet, seed);
    }

    public PinnConfig withBoundaryWeight(double weight) {
        return new PinnConfig(hidden, interiorPoints, boundaryPoints, initialPoints, adamSteps, learningRate,
                lbfgsIterations, weight, hardDirichlet, seed);
    }

    public PinnConfig withSeed(long s) {
        return new PinnConfig(hidden, interiorPoints, boundaryPoints, initialPoints, adamSteps, learningRate,
                lbfgsIterations, boundaryWeight, hardDirichlet, s);
    }

    @Override
    public int[] hidden() { return hidden.clone(); }
}
