package org.operatorlab.solvers.problem;

/**
 * A coefficient of a problem file: a number ({@link Constant}), an expression in x, y, t
 * ({@link ExpressionCoefficient}), or a random field to sample ({@link RandomCoefficient}).
 */
public sealed interface Coefficient permits DeterministicCoefficient, RandomCoefficient {
    /** Whether the coefficient must be sampled (it is a description, not a function). */
    boolean isRandom();
}
