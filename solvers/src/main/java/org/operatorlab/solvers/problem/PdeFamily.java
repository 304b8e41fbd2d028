package org.operatorlab.solvers.problem;

import java.util.Arrays;
import java.util.List;

/** The PDE families a problem file may name, each with the coefficients it takes. */
public enum PdeFamily {
    POISSON("poisson", "-Δu = f", false, DomainKind.PLANE, CoefficientSlot.required("f")),
    DARCY("darcy", "-∇·(a∇u) = f", false, DomainKind.PLANE,
            CoefficientSlot.required("a"), CoefficientSlot.required("f")),
    HELMHOLTZ("helmholtz", "-Δu - k²u = f", false, DomainKind.PLANE,
            CoefficientSlot.required("k"), CoefficientSlot.required("f")),
    CONVECTION_DIFFUSION("convection_diffusion", "-ε Δu + b·∇u = f", false, DomainKind.PLANE,
            CoefficientSlot.required("epsilon"), CoefficientSlot.vector("velocity"), CoefficientSlot.required("f")),
    HEAT("heat", "u_t - κΔu = f", true, DomainKind.PLANE,
            CoefficientSlot.required("kappa"), CoefficientSlot.optional("f", Constant.ZERO)),
    BURGERS("burgers", "u_t + u u_x = ν u_xx", true, DomainKind.PERIODIC_INTERVAL, CoefficientSlot.number("nu")),
    NAVIER_STOKES("navier_stokes", "ω_t + u·∇ω = ν Δω + f", true, DomainKind.PERIODIC_BOX,
            CoefficientSlot.number("nu"), CoefficientSlot.required("f"));

    /** Where a family can be posed. */
    public enum DomainKind {
        /** any 2D geometry and mesh */
        PLANE,
        /** an interval with a periodic grid */
        PERIODIC_INTERVAL,
        /** a rectangle with a grid periodic in x and y */
        PERIODIC_BOX
    }

    private final String key;
    private final String equation;
    private final boolean timeDependent;
    private final DomainKind domain;
    private final List<CoefficientSlot> coefficients;

    PdeFamily(String key, String equation, boolean timeDependent, DomainKind domain, CoefficientSlot... coefficients) {
        this.key = key;
        this.equation = equation;
        this.timeDependent = timeDependent;
        this.domain = domain;
        this.coefficients = List.of(coefficients);
    }

    /** The {@code family} word of the file. */
    public String key() { return key; }

    public String equation() { return equation; }

    /** Whether the problem needs {@code time} and {@code initial}. */
    public boolean isTimeDependent() { return timeDependent; }

    public DomainKind domain() { return domain; }

    public List<CoefficientSlot> coefficients() { return coefficients; }

    public CoefficientSlot slot(String name) {
        return coefficients.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    public List<String> coefficientNames() {
        return coefficients.stream().map(CoefficientSlot::name).toList();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(PdeFamily::key).toList();
    }

    public static PdeFamily fromKey(String key) {
        for (PdeFamily f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown pde family \"" + key + "\"; expected one of " + String.join(", ", keys()));
    }
}
