package org.operatorlab.solvers.problem;

/**
 * One coefficient a PDE family takes: its key, how many components (2 for a velocity), whether it
 * must be a plain number (spectral solvers need constant viscosity), and its default (null when
 * required).
 */
public record CoefficientSlot(String name, int components, boolean constantOnly, Coefficient defaultValue) {
    static CoefficientSlot required(String name) {
        return new CoefficientSlot(name, 1, false, null);
    }

    static CoefficientSlot number(String name) {
        return new CoefficientSlot(name, 1, true, null);
    }

    static CoefficientSlot vector(String name) {
        return new CoefficientSlot(name, 2, false, null);
    }

    static CoefficientSlot optional(String name, Coefficient defaultValue) {
        return new CoefficientSlot(name, 1, false, defaultValue);
    }

    public boolean isRequired() { return defaultValue == null; }
}
