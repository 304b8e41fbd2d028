package org.operatorlab.solvers.problem;

import java.util.Objects;

/** A condition on one named boundary; n is the outward normal. */
public sealed interface BoundaryCondition {
    /** What a boundary without a condition gets: u = 0. */
    BoundaryCondition DEFAULT = new Dirichlet(Constant.ZERO);

    /** The {@code type} word of the file. */
    String type();

    /** u = value. */
    record Dirichlet(DeterministicCoefficient value) implements BoundaryCondition {
        public Dirichlet { Objects.requireNonNull(value, "value"); }
        public String type() { return "dirichlet"; }
    }

    /** ∂u/∂n = flux. */
    record Neumann(DeterministicCoefficient flux) implements BoundaryCondition {
        public Neumann { Objects.requireNonNull(flux, "flux"); }
        public String type() { return "neumann"; }
    }

    /** ∂u/∂n + alpha u = value. */
    record Robin(DeterministicCoefficient alpha, DeterministicCoefficient value) implements BoundaryCondition {
        public Robin {
            Objects.requireNonNull(alpha, "alpha");
            Objects.requireNonNull(value, "value");
        }
        public String type() { return "robin"; }
    }
}
