package org.operatorlab.solvers.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One PDE problem as a problem file describes it ({@code docs/problem-format.md}): immutable and
 * valid by construction. {@code boundary} holds the conditions the file states; boundaries it leaves
 * out get {@link BoundaryCondition#DEFAULT} (u = 0) through {@link #boundaryCondition}.
 */
public record Problem(String name, String description, GeometrySpec geometry, MeshSpec mesh, PdeSpec pde,
                      Map<String, BoundaryCondition> boundary, Optional<InitialCondition> initial,
                      Optional<TimeSpec> time, OutputSpec outputs) {
    /** The {@code format} value this version reads and writes. */
    public static final String FORMAT = "operatorlab-problem/1";

    public Problem {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a problem needs a non-empty name");
        }
        description = description == null ? "" : description;
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(pde, "pde");
        Objects.requireNonNull(outputs, "outputs");
        ProblemRules.checkMesh(geometry, mesh);
        ProblemRules.checkDomain(pde.family(), geometry, mesh);
        ProblemRules.checkTime(pde.family(), time);
        ProblemRules.checkInitial(pde.family(), initial);
        for (String b : boundary.keySet()) {
            ProblemRules.checkBoundaryName(b, geometry, mesh);
        }
        boundary = Collections.unmodifiableMap(new LinkedHashMap<>(boundary));
    }

    /** The boundaries that take a condition (periodic sides excluded). */
    public List<String> boundaryNames() {
        return ProblemRules.conditionedBoundaries(geometry, mesh);
    }

    /** The stated condition on {@code boundaryName}, or u = 0 when the file states none. */
    public BoundaryCondition boundaryCondition(String boundaryName) {
        ProblemRules.checkBoundaryName(boundaryName, geometry, mesh);
        return boundary.getOrDefault(boundaryName, BoundaryCondition.DEFAULT);
    }

    /** Every boundary that takes a condition, with its condition (defaults filled in). */
    public Map<String, BoundaryCondition> effectiveBoundaryConditions() {
        Map<String, BoundaryCondition> all = new LinkedHashMap<>();
        for (String b : boundaryNames()) {
            all.put(b, boundary.getOrDefault(b, BoundaryCondition.DEFAULT));
        }
        return Collections.unmodifiableMap(all);
    }

    /** Whether some input (a coefficient or the initial condition) is random, so the problem has samples. */
    public boolean hasRandomInputs() {
        return pde.hasRandomCoefficients() || initial.map(i -> i.value().isRandom()).orElse(false);
    }

    public int dimension() { return geometry.dimension(); }
}
