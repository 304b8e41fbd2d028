package org.operatorlab.solvers.problem;

import java.util.Objects;

/** A coefficient drawn at random, sample by sample; sampling is the numerical core's job. */
public record RandomCoefficient(RandomFieldSpec field) implements Coefficient {
    public RandomCoefficient {
        Objects.requireNonNull(field, "field");
    }

    @Override
    public boolean isRandom() { return true; }
}
