package org.operatorlab.solvers.solve;

/** What the solver may assume about a linear system. */
enum SystemKind {
    /** poisson, darcy, heat steps: CG applies */
    SYMMETRIC_POSITIVE_DEFINITE,
    /** convection–diffusion (non-symmetric), helmholtz (indefinite): GMRES or BiCGStab */
    GENERAL
}
