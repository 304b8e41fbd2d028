package org.operatorlab.solvers.problem;

import java.util.Objects;

/** u at the start time: a number, an expression in x, y (t is the start time), or a random field. */
public record InitialCondition(Coefficient value) {
    public InitialCondition {
        Objects.requireNonNull(value, "value");
    }
}
