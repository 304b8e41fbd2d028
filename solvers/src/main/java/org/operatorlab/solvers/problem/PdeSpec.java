package org.operatorlab.solvers.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code pde} of a problem file: the family and its coefficients, keyed by the family's slot
 * names in slot order, defaults filled in. A scalar is a one-element list; a velocity has two.
 */
public record PdeSpec(PdeFamily family, Map<String, List<Coefficient>> coefficients) {
    public PdeSpec {
        Objects.requireNonNull(family, "family");
        Map<String, List<Coefficient>> complete = new LinkedHashMap<>();
        for (String given : coefficients.keySet()) {
            if (family.slot(given) == null) {
                throw new IllegalArgumentException(family.key() + " has no coefficient \"" + given
                        + "\"; its coefficients are " + String.join(", ", family.coefficientNames()));
            }
        }
        for (CoefficientSlot slot : family.coefficients()) {
            List<Coefficient> value = coefficients.get(slot.name());
            if (value == null) {
                if (slot.isRequired()) {
                    throw new IllegalArgumentException(family.key() + " needs the coefficient \"" + slot.name() + "\"");
                }
                value = List.of(slot.defaultValue());
            }
            if (value.size() != slot.components()) {
                throw new IllegalArgumentException("coefficient \"" + slot.name() + "\" needs " + slot.components()
                        + " component(s), got " + value.size());
            }
            for (Coefficient c : value) {
                if (slot.constantOnly() && !(c instanceof Constant)) {
                    throw new IllegalArgumentException("coefficient \"" + slot.name() + "\" of " + family.key()
                            + " must be a number");
                }
            }
            complete.put(slot.name(), List.copyOf(value));
        }
        coefficients = java.util.Collections.unmodifiableMap(complete);
    }

    /** A scalar coefficient. */
    public Coefficient coefficient(String name) {
        List<Coefficient> c = coefficients.get(name);
        if (c == null || c.size() != 1) {
            throw new IllegalArgumentException(family.key() + " has no scalar coefficient \"" + name + "\"");
        }
        return c.get(0);
    }

    /** A vector coefficient such as the convection velocity. */
    public List<Coefficient> vector(String name) {
        List<Coefficient> c = coefficients.get(name);
        if (c == null) {
            throw new IllegalArgumentException(family.key() + " has no coefficient \"" + name + "\"");
        }
        return c;
    }

    public boolean hasRandomCoefficients() {
        return coefficients.values().stream().flatMap(List::stream).anyMatch(Coefficient::isRandom);
    }
}
