package org.operatorlab.solvers.solve;

import org.operatorlab.mesh.tri.TriangleMesh;
import org.operatorlab.solvers.fem.FemSystem;
import org.operatorlab.solvers.problem.Problem;

/**
 * The P1 system the classical solver builds for a steady problem on a triangle mesh, for callers that
 * solve it their own way (e.g. a sequence of systems with Krylov recycling in a classroom demo).
 */
public final class EllipticSystems {
    private EllipticSystems() { }

    /** Assembles poisson, darcy, helmholtz or convection_diffusion exactly as {@link ProblemSolver} does. */
    public static FemSystem assemble(Problem problem, TriangleMesh mesh) {
        return FemEllipticSystem.assemble(problem, mesh);
    }
}
