package org.operatorlab.solvers.solve;

import org.operatorlab.solvers.data.ProblemSampling;
import org.operatorlab.solvers.data.SampleSeeds;
import org.operatorlab.solvers.problem.Coefficient;
import org.operatorlab.solvers.problem.Problem;

/**
 * The one random input of a problem (a coefficient, or the initial condition named "initial"), drawn as
 * nodal values on its grid by the data-generation sampler, so {@code solve --seed s} shows sample 0 of
 * {@code generate --seed s}.
 */
record RandomInput(String name, double[] values) {
    static final String INITIAL = "initial";

    /** The drawn input, or null when the problem has no random input. */
    static RandomInput draw(Problem problem, long seed) {
        if (!problem.hasRandomInputs()) {
            return null;
        }
        String name = problem.initial().map(i -> i.value().isRandom()).orElse(false) ? INITIAL : null;
        for (var e : problem.pde().coefficients().entrySet()) {
            if (e.getValue().stream().anyMatch(Coefficient::isRandom)) {
                name = e.getKey();
            }
        }
        double[] values = ProblemSampling.family(problem, 1).drawInput(SampleSeeds.of(seed, 0));
        return new RandomInput(name, values);
    }

    /** The values when this input is {@code name}, else null. */
    double[] valuesOf(String wanted) {
        return name.equals(wanted) ? values : null;
    }
}
