package org.operatorlab.solvers.solve;

import java.util.Objects;
import org.operatorlab.mesh.field.FieldSet;
import org.operatorlab.mesh.field.TimeSeries;
import org.operatorlab.solvers.problem.ProblemDomain;

/**
 * The result of solving a problem file.
 *
 * @param domain the mesh or grid the fields live on
 * @param fields the final (or steady) solution "u" ("w", the vorticity, for Navier–Stokes) and the inputs used,
 *               as nodal fields named after the coefficients ("a", "f", "k", "epsilon", "velocity", "kappa",
 *               "nu") and "u0" / "w0" for the initial state
 * @param series snapshots every {@code outputs.every} steps (first and last state included); null when steady
 * @param stats  what the solve cost
 */
public record SolveOutcome(ProblemDomain domain, FieldSet fields, TimeSeries series, SolveStatistics stats) {
    public SolveOutcome {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(stats, "stats");
    }
}
