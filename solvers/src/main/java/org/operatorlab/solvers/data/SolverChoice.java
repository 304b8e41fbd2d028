package org.operatorlab.solvers.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the systems of a data set are solved. Only {@link #SKR} sorts, recycles and warm-starts. */
public enum SolverChoice {
    DIRECT, CG, GMRES, GCRODR, SKR;

    /** The name used on the command line and in metadata, e.g. {@code skr}. */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** Sorting Krylov Recycling: solve sorted systems in sequence with recycling and warm starts. */
    public boolean sortsAndRecycles() { return this == SKR; }

    public static SolverChoice parse(String text) {
        for (SolverChoice c : values()) {
            if (c.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown solver '" + text + "', expected one of "
                + Arrays.stream(values()).map(SolverChoice::id).collect(Collectors.joining("|")));
    }
}
